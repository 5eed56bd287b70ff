package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.EventType;
import dev.roster.events.Events;
import dev.roster.testing.Api;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import dev.roster.webhooks.Receiver;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills the server with SIGKILL in the middle of concurrent directory writes of every kind, several
 * times over the same data, with a webhook subscribed to every event. After each restart every
 * acknowledged write is there and the directory's invariants hold; after the last, every committed
 * write's events reach the webhook (duplicates allowed, losses not), no event describes a change that
 * did not commit, and no delivery of them is left pending.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class CrashIT {
    private static final int WORKERS = 8;
    private static final int WRITES_PER_ROUND = 40;
    /** Far beyond what a busy machine needs; every wait ends as soon as its condition holds. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @Parameter
    TestEngine engine;

    @Test
    void acknowledged_writes_and_their_events_survive_sigkill_at_several_points() throws Exception {
        String dbUrl = RosterTestServer.freshStore(engine);
        Path dir = RosterTestServer.tempDir();
        Stories stories = new Stories();
        try (Receiver receiver = new Receiver("crash-receiver-secret")) {
            int[] loadMillis = {300, 900, 1600};
            for (int round = 0; round < loadMillis.length; round++) {
                try (RosterProcess roster = WebhookProcesses.start(dir, dbUrl, "round-" + round)) {
                    Api api = new Api(roster.baseUrl(), WebhookProcesses.TOKEN);
                    if (round == 0) subscribe(api, receiver);
                    assertEquals(List.of(), stories.violations(api), "after restart " + round);
                    checkInvariants(api);
                    load(api, stories, round, loadMillis[round], roster);
                }
            }
            try (RosterProcess roster = WebhookProcesses.start(dir, dbUrl, "last")) {
                Api api = new Api(roster.baseUrl(), WebhookProcesses.TOKEN);
                assertEquals(List.of(), stories.violations(api), "after the last restart");
                checkInvariants(api);
                assertTrue(stories.writes() > 100, "the load wrote enough to mean something: " + stories.writes());
                Set<Story.Change> committed = stories.committed(api);
                await(() -> {
                    Set<Story.Change> missing = EventAudit.missing(committed, received(receiver));
                    return missing.isEmpty() ? null : "the events of " + missing.size() + " committed changes never arrived: " + missing;
                });
                // Stored events count too: an event describing an uncommitted change is wrong before it is sent.
                List<EventAudit.Described> events = Stream.concat(received(receiver).stream(),
                    EventAudit.described(Events.all(api)).stream()).toList();
                assertEquals(List.of(), EventAudit.invented(api, stories, committed, events), "events of changes that never committed");
                assertTrue(receiver.arrivals().stream().allMatch(Receiver.Arrival::isSigned), "every delivery is signed");
                await(() -> {
                    List<String> undelivered = EventAudit.undelivered(api, committed);
                    return undelivered.isEmpty() ? null : "deliveries of committed changes' events still not done: " + undelivered;
                });
                assertEquals(0, roster.terminate());
            }
        }
    }

    /** One active webhook for every event type; the processes run with verification off. */
    private static void subscribe(Api api, Receiver receiver) {
        String types = String.join("\",\"", EventType.wireNames());
        api.post("/webhooks.create", "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + receiver.secret()
            + "\",\"event_types\":[\"" + types + "\"]}").assertStatus(201);
    }

    private static void load(Api api, Stories stories, int round, int millis, RosterProcess roster) throws Exception {
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
            for (int w = 0; w < WORKERS; w++) {
                CrashLoad client = new CrashLoad(api, stories, round + "-" + w);
                workers.add(pool.submit(client::run));
            }
            int before = stories.writes();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Thread.sleep(millis);
            // A slow or loaded machine gets longer: the kill waits until this round has written something.
            while (stories.writes() - before < WRITES_PER_ROUND && System.nanoTime() < deadline) Thread.sleep(20);
            roster.kill();
        }
        // A client ends when the crash cuts its connection; any other ending (a wrong answer) fails the test.
        for (Future<?> worker : workers) worker.get();
    }

    /** The events the webhook accepted, as the changes they describe. */
    private static List<EventAudit.Described> received(Receiver receiver) {
        return EventAudit.described(receiver.accepted().stream().map(Receiver.Arrival::body).toList());
    }

    /** Polls {@code problem} until it answers null (nothing left to wait for); fails with its answer after {@link #PATIENCE}. */
    private static void await(Supplier<String> problem) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (String left = problem.get(); left != null; left = problem.get()) {
            if (System.nanoTime() > deadline) fail(left);
            Thread.sleep(200);
        }
    }

    private static void checkInvariants(Api api) {
        for (JsonNode account : all(api, "/accounts.list", "accounts")) {
            api.get("/rev-orgs.get", "account=" + account.get("display_id").asText()).assertStatus(200);
        }
        for (JsonNode user : all(api, "/rev-users.list", "rev_users")) {
            if (user.has("rev_org")) api.get("/rev-orgs.get", "id=" + user.at("/rev_org/display_id").asText()).assertStatus(200);
        }
        for (JsonNode user : all(api, "/dev-users.list", "dev_users")) {
            for (JsonNode identity : user.get("external_identities")) {
                assertEquals(1, api.get("/dev-users.list", "external_identity.issuer=" + identity.get("issuer").asText()
                    + "&external_identity.id=" + identity.get("id").asText()).body().get("dev_users").size());
            }
        }
    }

    private static List<JsonNode> all(Api api, String path, String field) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get(path, "limit=100" + (cursor == null ? "" : "&cursor=" + cursor)).assertStatus(200).body();
            page.get(field).forEach(items::add);
            cursor = page.has("next_cursor") ? page.get("next_cursor").asText() : null;
        } while (cursor != null);
        return items;
    }
}
