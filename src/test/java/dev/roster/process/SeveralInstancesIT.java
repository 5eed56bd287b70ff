package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.Parallel;
import dev.roster.testing.RosterTestServer;
import dev.roster.webhooks.Receiver;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The documented deployment of several instances: three Roster processes on one PostgreSQL and one
 * Redis, behind nginx running the repository's {@code deploy/nginx/roster.conf}. The last test kills
 * an instance, so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {
    private static final String TOKEN = "several-instances-" + UUID.randomUUID();
    /**
     * One request a second after a burst of 200, for every token: the burst is more than any token
     * here spends but the rate-limit test's, and the slow refill keeps what that test sees from
     * depending on the machine's speed.
     */
    private static final int RATE = 1;
    private static final int BURST = 200;
    private static final int CLIENTS = 6;

    private static String dbUrl;
    private static final List<RosterProcess> instances = new ArrayList<>();
    private static Nginx nginx;
    private static Gateway admin;

    @BeforeAll
    static void start() throws Exception {
        Nginx.binary();
        RosterTestServer.requirePostgres();
        dbUrl = RosterTestServer.freshSchema(RosterTestServer.pgUrl());
        Path dir = RosterTestServer.tempDir();
        // One after another: the first creates the store and its admin, the others find them.
        for (int i = 1; i <= 3; i++) {
            instances.add(RosterProcess.start(null, dir.resolve("roster-" + i + ".log"), List.of("--data-dir",
                dir.resolve("data-" + i).toString(), "--db-url", dbUrl, "--rate-limit", RATE + ":" + BURST,
                "--rate-limit-store", "redis://127.0.0.1:6379", "--auth-failure-limit", "1:40", "--trusted-proxies", "127.0.0.1",
                "--webhook-verify", "off",
                "--webhook-retry", "0,100ms,200ms,400ms,800ms,1s,2s,4s,8s"), TOKEN));
        }
        nginx = Nginx.start(dir, instances);
        admin = new Gateway(nginx.baseUrl(), TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        if (nginx != null) nginx.close();
        for (RosterProcess instance : instances) instance.close();
    }

    @Test
    @Order(1)
    void a_token_revoked_through_one_instance_is_refused_by_the_others() throws Exception {
        String jwt = admin.postAnswered("/auth-tokens.create", "{\"scope\":\"read\"}").assertStatus(201).at("/access_token");
        for (RosterProcess instance : instances) {
            // Twice each: the second is answered from the instance's token cache.
            new Api(instance.baseUrl(), jwt).get("/dev-users.self").assertStatus(200);
            new Api(instance.baseUrl(), jwt).get("/dev-users.self").assertStatus(200);
        }
        new Api(instances.get(0).baseUrl(), TOKEN).post("/auth-tokens.delete",
            "{\"token_id\":\"" + TokenRevokeIT.jwtId(jwt) + "\"}").assertStatus(200);
        for (RosterProcess other : instances.subList(1, 3)) {
            Api api = new Api(other.baseUrl(), jwt);
            // The revocation reaches the other processes by PostgreSQL's NOTIFY, delivered asynchronously.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (api.get("/dev-users.self").status() != 401 && System.nanoTime() < deadline) Thread.sleep(5);
            api.get("/dev-users.self").assertError(401, "unauthenticated", null);
        }
        Gateway revoked = admin.withToken(jwt);
        for (int i = 0; i < 6; i++) revoked.read("/dev-users.self", null).assertError(401, "unauthenticated", null);
    }

    @Test
    @Order(2)
    void the_rate_limit_of_a_token_holds_across_instances() throws Exception {
        assumeTrue(redisIsUp(), "no Redis at 127.0.0.1:6379: the shared rate limit is not checked");
        String token = admin.postAnswered("/auth-tokens.create", "{\"scope\":\"read\"}").assertStatus(201).at("/access_token");
        Api limited = new Api(nginx.baseUrl(), token);
        Map<RosterProcess, Long> refusedBefore = refusals();
        long started = System.nanoTime();
        // Three instances' bursts: with a bucket each, nginx spreading the requests would let them all through.
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            clients.add(() -> {
                int served = 0;
                for (int i = 0; i < BURST / 2; i++) {
                    ApiResponse response = limited.get("/dev-users.self");
                    if (response.status() == 200) served++;
                    else response.assertError(429, "too_many_requests", null);
                }
                return served;
            });
        }
        int served = Parallel.inParallel(clients).stream().mapToInt(Integer::intValue).sum();
        // The bucket refills RATE a second, so a slow machine is served more for each second taken.
        long refills = RATE * ((System.nanoTime() - started) / 1_000_000_000L + 1);
        assertTrue(served <= BURST + refills, "one bucket of " + BURST + " across three instances, yet " + served + " served");
        Map<RosterProcess, Long> refusedAfter = refusals();
        long refusing = instances.stream().filter(i -> refusedAfter.get(i) > refusedBefore.get(i)).count();
        assertTrue(refusing >= 2, "nginx spread the requests, and more than one instance refused them: " + refusedAfter);
    }

    @Test
    @Order(3)
    void failed_authentications_are_limited_per_client_behind_nginx_not_for_nginx_as_a_whole() {
        assumeTrue(redisIsUp(), "no Redis at 127.0.0.1:6379: the shared limit on failed authentications is not checked");
        String guesser = "192.0.2." + (1 + (int) (Math.random() * 250));
        ApiResponse last;
        int sent = 0;
        do {
            last = failedAuthentication(guesser);
            sent++;
        } while (last.status() == 401 && sent < 400);
        last.assertError(429, "too_many_requests", null);
        // Another client behind the same nginx still gets its own answer.
        failedAuthentication("198.51.100." + (1 + (int) (Math.random() * 250))).assertError(401, "unauthenticated", null);
    }

    @Test
    @Order(4)
    void a_body_over_roster_limit_gets_roster_answer_from_nginx() {
        String big = "{\"email\":\"" + "a".repeat(1 << 20) + "\"}";
        admin.postAnswered("/dev-users.create", big).assertError(400, "bad_request", null);
    }

    @Test
    @Order(4)
    void metrics_are_not_served_through_nginx_where_each_scrape_would_reach_another_instance() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(nginx.baseUrl() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
            assertEquals("not_found", new ObjectMapper().readTree(response.body()).path("type").asText());
        }
    }

    @Test
    @Order(5)
    void each_webhook_event_is_delivered_once_by_one_of_the_instances() throws Exception {
        try (Receiver receiver = new Receiver("several-instances-secret")) {
            String webhook = admin.postAnswered("/webhooks.create", "{\"url\":\"" + receiver.url() + "\",\"secret\":\""
                + receiver.secret() + "\",\"event_types\":[\"dev_user_created\"]}").assertStatus(201).at("/webhook/id");
            List<Callable<Integer>> creates = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String body = "{\"email\":\"once-" + i + "@example.com\",\"state\":\"shadow\"}";
                creates.add(() -> admin.postAnswered("/dev-users.create", body).assertStatus(201).status());
            }
            Parallel.inParallel(creates);
            receiver.awaitAccepted(60);
            WebhookTwoProcessesIT.awaitSettled(dbUrl);
            assertEquals(List.of("delivered 1"), WebhookTwoProcessesIT.distinct(dbUrl,
                "select distinct state || ' ' || attempts as v from delivery"));
            assertEquals(60, receiver.arrivals().size());
            assertEquals(60, receiver.arrivals().stream().map(Receiver.Arrival::id).distinct().count());
            admin.postAnswered("/webhooks.delete", "{\"id\":\"" + webhook + "\"}").assertStatus(200);
        }
    }

    /**
     * SIGKILL of one instance under a mixed load. Reads keep being answered: nginx sends one whose
     * instance died to another. A write sent to the dying instance gets nginx's 502 (its outcome is
     * unknown, and nginx never sends a write twice); at most one per client, since a client waits for
     * each answer. Every acknowledged write is there afterwards. Webhooks are delivered at least once:
     * a delivery the dead instance had claimed but not recorded is sent again when its 15 s lease
     * runs out, so only those may arrive twice.
     */
    @Test
    @Order(6)
    void killing_an_instance_mid_load_loses_no_acknowledged_write_and_the_others_keep_serving() throws Exception {
        try (Receiver receiver = new Receiver("several-instances-kill-secret")) {
            admin.postAnswered("/webhooks.create", "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + receiver.secret()
                + "\",\"event_types\":[\"dev_user_created\",\"dev_user_updated\",\"account_created\"]}").assertStatus(201);
            List<Gateway> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(admin.withToken(admin.postAnswered("/auth-tokens.create", "{\"scope\":\"admin\"}")
                    .assertStatus(201).at("/access_token")));
            }
            MixedLoad load = MixedLoad.start(clients, UUID.randomUUID().toString().substring(0, 8));
            try {
                load.awaitProgress(60, 60, "before the kill");
                instances.get(2).kill();
                Set<String> inFlight = DeliveryRows.claimed(dbUrl);
                load.awaitProgress(60, 60, "after the kill, on the two instances left");
                load.stop();
                assertTrue(load.unanswered() <= CLIENTS, "only writes in flight at the kill got 502: " + load.unanswered());
                // Read with every client's token in turn: one token's rate limit would make the check slow.
                AtomicInteger next = new AtomicInteger();
                Function<Ledger.Expectation, ApiResponse> read = e ->
                    clients.get(next.getAndIncrement() % CLIENTS).read(e.path(), e.query());
                assertEquals(List.of(), load.ledger().violations(read), "every acknowledged write is there");

                WebhookTwoProcessesIT.awaitSettled(dbUrl);
                Set<String> events = DeliveryRows.ofNewestWebhook(dbUrl);
                Map<String, Long> arrivals = receiver.arrivals().stream()
                    .collect(Collectors.groupingBy(Receiver.Arrival::id, Collectors.counting()));
                assertEquals(events, arrivals.keySet(), "every event arrived");
                Set<String> twice = arrivals.entrySet().stream().filter(a -> a.getValue() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
                System.out.printf("several instances: %d writes acknowledged, %d answered 502 at the kill, %d deliveries "
                    + "claimed at the kill, %d events delivered twice, of %d%n", load.acknowledged(), load.unanswered(),
                    inFlight.size(), twice.size(), events.size());
                assertTrue(inFlight.containsAll(twice), "only deliveries claimed at the kill arrive twice: " + twice
                    + " not all in " + inFlight);
            } finally {
                load.stop();
            }
        }
    }

    /**
     * A request with a wrong token from {@code client}. The test's own address is a trusted proxy here,
     * so what it writes in X-Forwarded-For stands for a client beyond it, as a second proxy's would.
     */
    private static ApiResponse failedAuthentication(String client) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(nginx.baseUrl() + "/dev-users.self"))
            .header("Authorization", "Bearer not-a-token").header("X-Forwarded-For", client).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return ApiResponse.of("GET", "/dev-users.self", http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Each instance's count of requests refused with 429 for their token, from its own /metrics. */
    private static Map<RosterProcess, Long> refusals() throws Exception {
        Pattern counter = Pattern.compile("^roster_rate_limited_total\\{client=\"token\"[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);
        Map<RosterProcess, Long> counts = new HashMap<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (RosterProcess instance : instances) {
                String text = client.send(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = counter.matcher(text);
                assertTrue(m.find(), "/metrics counts 429s by client: " + text);
                counts.put(instance, (long) Double.parseDouble(m.group(1)));
            }
        }
        return counts;
    }

    private static boolean redisIsUp() {
        try (Socket ignored = new Socket("127.0.0.1", 6379)) {
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
