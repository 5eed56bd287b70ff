import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What webhooks cost and how fast they deliver, against a running Roster started with
 * {@code --webhook-verify off}: run with the Roster jar on the classpath,
 * {@code java -cp target/roster.jar bench/Webhooks.java BASE_URL ADMIN_TOKEN SECONDS CLIENTS}.
 *
 * <ol>
 * <li>Write throughput: CLIENTS concurrent clients create dev users (each emits dev_user_created about a
 * new object) for SECONDS, with no webhook receiving events, then
 * with one active webhook subscribed to every type whose receiver (in this process) accepts
 * everything; two rounds each, alternating, so that the store's growth favours neither.
 * <li>Delivery throughput: the receiver holds every request while the same load builds a backlog
 * (the dispatcher keeps at most its per-webhook bound in flight, the rest wait as pending); then it
 * lets go, and the rate is the backlog's events over the time until every one has arrived.
 * </ol>
 */
public class Webhooks {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALL_TYPES = "[\"account_created\",\"account_deleted\",\"account_updated\",\"dev_user_created\","
        + "\"dev_user_deleted\",\"dev_user_updated\",\"group_created\",\"group_deleted\",\"group_member_added\","
        + "\"group_member_removed\",\"group_updated\",\"rev_org_created\",\"rev_org_deleted\",\"rev_org_updated\","
        + "\"rev_user_created\",\"rev_user_deleted\",\"rev_user_updated\",\"tag_created\",\"tag_deleted\",\"tag_updated\","
        + "\"webhook_created\",\"webhook_deleted\",\"webhook_updated\"]";

    private static String base;
    private static String token;
    private static final Set<String> arrived = ConcurrentHashMap.newKeySet();
    private static final AtomicLong RUN = new AtomicLong();
    private static volatile CountDownLatch hold = new CountDownLatch(0);

    public static void main(String[] args) throws Exception {
        base = args[0];
        token = args[1];
        int seconds = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        HttpServer receiver = receiver();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
        String hook = post("/webhooks.create", "{\"url\":\"" + url + "\",\"event_types\":" + ALL_TYPES + "}", 201)
            .at("/webhook/id").asText();
        // Warm-up of both paths, so that neither round pays for compiling the other's code.
        load(clients, seconds);
        setActive(hook, false);
        load(clients, seconds);
        double[] none = new double[2];
        double[] one = new double[2];
        for (int round = 0; round < 2; round++) {
            none[round] = load(clients, seconds);
            setActive(hook, true);
            one[round] = load(clients, seconds);
            setActive(hook, false);
            System.out.printf("round %d  writes/s without webhook %8.0f  with one active webhook %8.0f%n", round + 1,
                none[round], one[round]);
        }
        double noneRate = (none[0] + none[1]) / 2;
        double oneRate = (one[0] + one[1]) / 2;
        System.out.printf("write throughput: %.0f/s without, %.0f/s with one active webhook: %.1f%% fewer (target: at most 15%%)%n",
            noneRate, oneRate, 100 * (1 - oneRate / noneRate));

        setActive(hook, true);
        arrived.clear();
        hold = new CountDownLatch(1);
        long backlog = Math.round(load(clients, seconds) * seconds);
        long start = System.nanoTime();
        hold.countDown();
        waitFor(() -> arrived.size() >= backlog, 120);
        double drain = (System.nanoTime() - start) / 1e9;
        System.out.printf("delivery throughput: %d events delivered in %.2f s: %.0f events/s (target: at least 2000)%n",
            arrived.size(), drain, arrived.size() / drain);
        receiver.stop(0);
    }

    /** Accepts every delivery (once released) and counts distinct event ids. */
    private static HttpServer receiver() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            try {
                hold.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            arrived.add(exchange.getRequestHeaders().getFirst("webhook-id"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void setActive(String hook, boolean active) throws Exception {
        post("/webhooks.update", "{\"id\":\"" + hook + "\",\"action\":\"" + (active ? "activate" : "deactivate") + "\"}", 200);
    }

    /** Writes for {@code seconds} from {@code clients} clients; answers successful writes per second. */
    private static double load(int clients, int seconds) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    for (long n = client; System.nanoTime() < end; n += clients) {
                        String body = "{\"email\":\"bench-" + RUN.incrementAndGet() + "@example.com\",\"state\":\"shadow\"}";
                        try {
                            if (send("/dev-users.create", body).statusCode() == 201) done.incrementAndGet();
                            else failed.incrementAndGet();
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        if (failed.get() > 0) System.err.println(failed.get() + " writes failed");
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static void waitFor(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("gave up waiting; " + arrived.size() + " arrived");
            Thread.sleep(5);
        }
    }

    private static HttpResponse<String> send(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode post(String path, String body, int status) throws Exception {
        HttpResponse<String> response = send(path, body);
        if (response.statusCode() != status) throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
