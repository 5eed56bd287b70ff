import io.javalin.Javalin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * The stack's ceiling: a bare Javalin 6 app on virtual threads that answers a constant body of the
 * size of Roster's dev-users.get response (GET), and parses a link body with Jackson before
 * answering a constant (POST). Run with the Roster jar on the classpath:
 * {@code java -cp target/roster.jar bench/Ceiling.java PORT BODY_BYTES}.
 */
public class Ceiling {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int size = Integer.parseInt(args[1]);
        String body = "{\"dev_user\":{\"id\":\"" + "x".repeat(Math.max(0, size - 30)) + "\"}}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ObjectMapper mapper = new ObjectMapper();
        Javalin app = Javalin.create(config -> {
            config.useVirtualThreads = true;
            config.showJavalinBanner = false;
        });
        app.get("/dev-users.get", ctx -> ctx.contentType("application/json").result(bytes));
        app.post("/dev-users.identities.link", ctx -> {
            JsonNode link = mapper.readTree(ctx.bodyAsBytes());
            if (!link.has("dev_user")) throw new IllegalStateException("bad body");
            ctx.contentType("application/json").result(bytes);
        });
        app.start("127.0.0.1", port);
        System.out.println("listening on http://127.0.0.1:" + port);
    }
}
