import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latencies of the snapshot operations, one request at a time against a running Roster: p50 and p99
 * of /_roster/dev-orgs.create (which takes each org's initial snapshot), of snapshots.restore of a
 * dev org of 1,000 objects, and of /_roster/reset of that org (back to just its admin) and of a
 * fresh one. Run with the Roster jar on the classpath:
 * {@code java -cp target/roster.jar bench/Snapshots.java BASE_URL OPERATOR_TOKEN ENGINE SERVER_PID}.
 * Beside wall-clock latencies it reports the server process's CPU time per request (from
 * /proc/PID/stat, 10 ms ticks averaged over the run): on a busy machine that is the steadier figure.
 */
public class Snapshots {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String base;
    private static long serverPid;

    public static void main(String[] args) throws Exception {
        base = args[0];
        String operator = args[1];
        String engine = args[2];
        serverPid = Long.parseLong(args[3]);
        for (int i = 0; i < 30; i++) post(operator, "/_roster/dev-orgs.create", "{}", 201);
        List<Long> creates = new ArrayList<>();
        long cpu = cpuMillis();
        for (int i = 0; i < 200; i++) creates.add(timed(operator, "/_roster/dev-orgs.create", "{}", 201));
        double createCpu = (cpuMillis() - cpu) / 200.0;

        String admin = post(operator, "/_roster/dev-orgs.create", "{}", 201).get("token").asText();
        long objects = seed(admin);
        JsonNode full = post(admin, "/_roster/snapshots.create", "{\"name\":\"full\"}", 201);
        if (full.at("/snapshot/object_count").asLong() != objects) throw new IllegalStateException(full.toString());
        String restore = "{\"name\":\"full\"}";
        for (int i = 0; i < 10; i++) post(admin, "/_roster/snapshots.restore", restore, 200);
        List<Long> restores = new ArrayList<>();
        cpu = cpuMillis();
        for (int i = 0; i < 100; i++) restores.add(timed(admin, "/_roster/snapshots.restore", restore, 200));
        double restoreCpu = (cpuMillis() - cpu) / 100.0;
        List<Long> bigResets = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            post(admin, "/_roster/snapshots.restore", restore, 200);
            bigResets.add(timed(admin, "/_roster/reset", "{}", 200));
        }
        String small = post(operator, "/_roster/dev-orgs.create", "{}", 201).get("token").asText();
        List<Long> resets = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            post(small, "/accounts.create", "{\"display_name\":\"A\"}", 201);
            resets.add(timed(small, "/_roster/reset", "{}", 200));
        }
        report("/_roster/dev-orgs.create", engine, creates, createCpu, "< 20 ms (sqlite)");
        report("snapshots.restore (" + objects + " objects)", engine, restores, restoreCpu, "< 50 ms (sqlite)");
        report("/_roster/reset (" + objects + " objects to 1)", engine, bigResets, Double.NaN, "-");
        report("/_roster/reset (2 objects to 1)", engine, resets, Double.NaN, "-");
    }

    /** 1,000 objects: the admin, 99 dev users, a tag, 250 tagged accounts with their default rev orgs, 399 rev users. */
    private static long seed(String admin) throws Exception {
        for (int i = 0; i < 99; i++) post(admin, "/dev-users.create", "{\"email\":\"d" + i + "@example.com\",\"state\":\"shadow\"}", 201);
        String tag = post(admin, "/tags.create", "{\"name\":\"tier\"}", 201).at("/tag/id").asText();
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            accounts.add(post(admin, "/accounts.create", "{\"display_name\":\"Account " + i + "\",\"domains\":[\"a" + i
                + ".example.com\"],\"tags\":[{\"id\":\"" + tag + "\"}]}", 201).at("/account/id").asText());
        }
        for (int i = 0; i < 399; i++) {
            post(admin, "/rev-users.create", "{\"email\":\"r" + i + "@example.com\",\"external_ref\":\"r" + i
                + "\",\"account\":\"" + accounts.get(i % accounts.size()) + "\"}", 201);
        }
        return 1 + 99 + 1 + 250 * 2 + 399;
    }

    private static long timed(String token, String path, String body, int status) throws Exception {
        long start = System.nanoTime();
        post(token, path, body, status);
        return System.nanoTime() - start;
    }

    private static JsonNode post(String token, String path, String body, int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void report(String operation, String engine, List<Long> nanos, double cpuMillis, String target) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("| %s | %s | %d | %.2fms | %.2fms | %s | %s |%n", operation, engine, sorted.size(),
            sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
            Double.isNaN(cpuMillis) ? "-" : String.format("%.1fms", cpuMillis), target);
    }

    /** The server's user and system CPU time so far, in milliseconds (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuMillis() throws Exception {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + serverPid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }
}
