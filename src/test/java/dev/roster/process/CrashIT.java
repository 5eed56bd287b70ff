package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Kills the server with SIGKILL in the middle of concurrent writes, several times over the same
 * data, and checks after each restart that every acknowledged write is there and that the
 * directory's invariants hold.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class CrashIT {
    /** A chosen bootstrap token of 32 characters or more, as the server requires. */
    private static final String TOKEN = "crash-test-token-of-32-characters";
    private static final int WORKERS = 8;
    private static final int WRITES_PER_ROUND = 20;
    private static final Duration ROUND_CAP = Duration.ofSeconds(30);

    @Parameter
    TestEngine engine;

    @Test
    void acknowledged_writes_survive_sigkill_at_several_points_and_invariants_hold() throws Exception {
        String dbUrl = RosterTestServer.freshStore(engine);
        Path dir = RosterTestServer.tempDir();
        Ledger ledger = new Ledger();
        int[] loadMillis = {300, 900, 1600};
        for (int round = 0; round < loadMillis.length; round++) {
            try (RosterProcess roster = RosterProcess.start(dir, dbUrl, TOKEN)) {
                Api api = new Api(roster.baseUrl(), TOKEN);
                assertEquals(List.of(), ledger.violations(api), "after restart " + round);
                checkInvariants(api);
                load(api, ledger, round, loadMillis[round], roster);
            }
        }
        try (RosterProcess roster = RosterProcess.start(dir, dbUrl, TOKEN)) {
            Api api = new Api(roster.baseUrl(), TOKEN);
            assertEquals(List.of(), ledger.violations(api), "after the last restart");
            checkInvariants(api);
            assertTrue(ledger.size() > 50, "the load wrote enough to mean something: " + ledger.size());
            assertEquals(0, roster.terminate());
        }
    }

    private static void load(Api api, Ledger ledger, int round, int millis, RosterProcess roster) throws Exception {
        List<Future<?>> workers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WORKERS)) {
            for (int w = 0; w < WORKERS; w++) {
                int worker = w;
                workers.add(pool.submit(() -> work(api, ledger, round + "-" + worker)));
            }
            int before = ledger.size();
            long deadline = System.nanoTime() + ROUND_CAP.toNanos();
            Thread.sleep(millis);
            // A slow or loaded machine gets longer: the kill waits until this round has written something.
            while (ledger.size() - before < WRITES_PER_ROUND && System.nanoTime() < deadline) Thread.sleep(20);
            roster.kill();
        }
        // A worker ends when the crash cuts its connection; any other ending (a wrong answer) fails the test.
        for (Future<?> worker : workers) worker.get();
    }

    /** One client's writes; each object is touched by this client only, so its expected state is known. */
    private static void work(Api api, Ledger ledger, String name) {
        for (int i = 0; ; i++) {
            String key = name + "-" + i;
            String email = "u" + key + "@example.com";
            ApiResponse user = Ledger.send(() -> api.post("/dev-users.create",
                "{\"email\":\"" + email + "\",\"state\":\"shadow\"}"));
            if (user == null) return;
            String userId = user.assertStatus(201).at("/dev_user/display_id");
            ledger.expect("dev user " + email, "/dev-users.list", "email=" + email, List.of(count("/dev_users", 1)));

            boolean linked = false;
            for (int step = 0; step < 3; step++) {
                boolean link = !linked;
                ApiResponse r = Ledger.send(() -> api.post(link ? "/dev-users.identities.link" : "/dev-users.identities.unlink",
                    "{\"dev_user\":\"" + userId + "\",\"issuer\":\"crash\"" + (link ? ",\"id\":\"" + key + "\"" : "") + "}"));
                List<Predicate<ApiResponse>> states = new ArrayList<>(List.of(identities(linked ? 1 : 0)));
                if (r == null) {
                    states.add(identities(link ? 1 : 0));
                    ledger.expect("identity of " + userId, "/dev-users.get", "id=" + userId, states);
                    return;
                }
                r.assertStatus(200);
                linked = link;
            }
            ledger.expect("identity of " + userId, "/dev-users.get", "id=" + userId, List.of(identities(linked ? 1 : 0)));

            ApiResponse account = Ledger.send(() -> api.post("/accounts.create",
                "{\"display_name\":\"A " + key + "\",\"domains\":[\"d" + key + ".example.com\"]}"));
            if (account == null) return;
            String accountId = account.assertStatus(201).at("/account/display_id");
            ledger.expect("account " + accountId, "/rev-orgs.get", "account=" + accountId, List.of(status(200)));

            ApiResponse revUser = Ledger.send(() -> api.post("/rev-users.create",
                "{\"email\":\"r" + key + "@example.com\",\"account\":\"" + accountId + "\"}"));
            if (revUser == null) return;
            String revUserId = revUser.assertStatus(201).at("/rev_user/display_id");
            String revOrgId = revUser.at("/rev_user/rev_org/display_id");
            ApiResponse unlinked = Ledger.send(() -> api.post("/rev-users.unlink",
                "{\"id\":\"" + revUserId + "\",\"rev_org\":\"" + revOrgId + "\"}"));
            if (unlinked == null) {
                ledger.expect("rev user " + revUserId, "/rev-users.get", "id=" + revUserId, List.of(revOrg(true), revOrg(false)));
                return;
            }
            unlinked.assertStatus(200);
            ledger.expect("rev user " + revUserId, "/rev-users.get", "id=" + revUserId, List.of(revOrg(false)));
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

    private static Predicate<ApiResponse> status(int status) {
        return r -> r.status() == status;
    }

    private static Predicate<ApiResponse> count(String pointer, int n) {
        return r -> r.status() == 200 && r.body().at(pointer).size() == n;
    }

    private static Predicate<ApiResponse> identities(int n) {
        return r -> r.status() == 200 && r.body().at("/dev_user/external_identities").size() == n;
    }

    private static Predicate<ApiResponse> revOrg(boolean linked) {
        return r -> r.status() == 200 && r.body().at("/rev_user").has("rev_org") == linked;
    }
}
