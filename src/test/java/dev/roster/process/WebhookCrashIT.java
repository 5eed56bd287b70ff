package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import dev.roster.webhooks.Receiver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills the server with SIGKILL in the middle of writes that emit events, several times, and checks
 * after a restart that the event of every acknowledged write reaches the webhook (duplicates
 * allowed, losses not), and that every event that arrives describes a write that was committed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class WebhookCrashIT {
    private static final int WORKERS = 6;
    private static final int WRITES_PER_ROUND = 20;

    @Parameter
    TestEngine engine;

    @Test
    void every_acknowledged_writes_event_arrives_after_sigkill_and_no_event_describes_an_uncommitted_write() throws Exception {
        String dbUrl = RosterTestServer.freshStore(engine);
        Path dir = RosterTestServer.tempDir();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (Receiver receiver = new Receiver("crash-receiver-secret")) {
            int[] loadMillis = {200, 600, 1200};
            for (int round = 0; round < loadMillis.length; round++) {
                try (RosterProcess roster = WebhookProcesses.start(dir, dbUrl, "round-" + round)) {
                    Api api = new Api(roster.baseUrl(), WebhookProcesses.TOKEN);
                    if (round == 0) {
                        api.post("/webhooks.create", "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + receiver.secret()
                            + "\",\"event_types\":[\"webhook_created\"]}").assertStatus(201);
                    }
                    load(api, acknowledged, round, loadMillis[round], roster);
                }
            }
            try (RosterProcess roster = WebhookProcesses.start(dir, dbUrl, "last")) {
                Api api = new Api(roster.baseUrl(), WebhookProcesses.TOKEN);
                receiver.await(all -> created(all).containsAll(acknowledged), "the events of all " + acknowledged.size()
                    + " acknowledged writes");
                for (String webhook : created(receiver.accepted())) {
                    api.post("/webhooks.get", "{\"id\":\"" + webhook + "\"}").assertStatus(200);
                }
                assertTrue(receiver.arrivals().stream().allMatch(Receiver.Arrival::isSigned));
                assertTrue(acknowledged.size() > 30, "the load wrote enough to mean something: " + acknowledged.size());
                assertEquals(0, roster.terminate());
            }
        }
    }

    /** The webhooks whose creation events arrived. */
    private static Set<String> created(List<Receiver.Arrival> arrivals) {
        return arrivals.stream().filter(a -> a.type().equals("webhook_created") && a.isAccepted())
            .map(a -> a.body().at("/webhook_created/webhook/id").asText()).collect(Collectors.toSet());
    }

    private static void load(Api api, Set<String> acknowledged, int round, int millis, RosterProcess roster) throws Exception {
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
            int before = acknowledged.size();
            for (int w = 0; w < WORKERS; w++) {
                String name = round + "-" + w;
                workers.add(pool.submit(() -> {
                    for (int i = 0; ; i++) {
                        String url = "http://127.0.0.1:9/" + name + "/" + i;
                        ApiResponse created = Ledger.send(() -> api.post("/webhooks.create", "{\"url\":\"" + url + "\"}"));
                        if (created == null) return;
                        acknowledged.add(created.assertStatus(201).at("/webhook/id"));
                    }
                }));
            }
            Thread.sleep(millis);
            // A slow machine gets longer: the kill waits until this round has written something.
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (acknowledged.size() - before < WRITES_PER_ROUND && System.nanoTime() < deadline) Thread.sleep(20);
            roster.kill();
        }
        for (Future<?> worker : workers) worker.get();
    }
}
