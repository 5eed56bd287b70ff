import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "hostile clients" issue's response-memory attacks on a running Roster:
 * {@code java bench/SlowReaders.java seed BASE TOKEN USERS CHARS} creates rev users whose custom
 * fields hold CHARS characters; {@code java bench/SlowReaders.java attack BASE TOKEN PID PATH N SECONDS}
 * opens N connections that ask for PATH and never read past the status line, holds them SECONDS,
 * and meanwhile samples the server's heap (its /metrics) and asks /health and a small operation.
 * Prints one tab-separated line: N, answers by status, heap used at most and after a full GC
 * (MiB), /health answered (of asked) and its slowest answer (ms), small answers 200 (of asked).
 */
public class SlowReaders {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern HEAP = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*\\} (\\S+)$");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("seed")) {
            seed(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else {
            attack(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]), Integer.parseInt(args[6]));
        }
    }

    static void seed(String base, String token, int users, int chars) throws Exception {
        String note = "n".repeat(chars);
        for (int i = 0; i < users; i++) {
            var response = send(base, token, "POST", "/rev-users.create",
                "{\"email\":\"slow" + i + "@bench.example.com\",\"custom_fields\":{\"note\":\"" + note + "\"}}");
            if (response.statusCode() != 201) throw new IllegalStateException("seed: " + response.statusCode() + " " + response.body());
        }
    }

    static void attack(String base, String token, String pid, String path, int n, int seconds) throws Exception {
        URI uri = URI.create(base);
        List<Socket> readers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Socket socket = new Socket(uri.getHost(), uri.getPort());
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            readers.add(socket);
        }
        TreeMap<String, Integer> statuses = new TreeMap<>();
        for (Socket socket : readers) {
            socket.setSoTimeout(60_000);
            String status;
            try {
                InputStream in = socket.getInputStream();
                status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
                status = status.length() == 12 ? status.substring(9) : "closed";
            } catch (java.io.IOException e) {
                status = "error";
            }
            statuses.merge(status, 1, Integer::sum);
        }
        long maxHeap = 0;
        long liveHeap = 0;
        int health = 0, healthAsked = 0, small = 0, smallAsked = 0;
        long slowestHealth = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        boolean collected = false;
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            healthAsked++;
            try {
                if (send(base, null, "GET", "/health", null).statusCode() == 200) health++;
            } catch (java.io.IOException e) {
                // counted as not answered
            }
            slowestHealth = Math.max(slowestHealth, (System.nanoTime() - started) / 1_000_000);
            smallAsked++;
            try {
                if (send(base, token, "GET", "/dev-users.self", null).statusCode() == 200) small++;
            } catch (java.io.IOException e) {
                // counted as not answered
            }
            maxHeap = Math.max(maxHeap, heap(base, token));
            if (!collected && System.nanoTime() > end - Duration.ofSeconds(seconds).toNanos() / 2) {
                new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).start().waitFor();
                liveHeap = heap(base, token);
                collected = true;
            }
            Thread.sleep(200);
        }
        for (Socket socket : readers) socket.close();
        System.out.printf("%d\t%s\t%d\t%d\t%d/%d\t%d\t%d/%d%n", n, statuses, maxHeap >> 20, liveHeap >> 20, health, healthAsked,
            slowestHealth, small, smallAsked);
    }

    private static long heap(String base, String token) throws Exception {
        Matcher m = HEAP.matcher(send(base, token, "GET", "/metrics", null).body());
        double sum = 0;
        while (m.find()) sum += Double.parseDouble(m.group(1));
        return (long) sum;
    }

    private static HttpResponse<String> send(String base, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (body != null) request.header("Content-Type", "application/json");
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
