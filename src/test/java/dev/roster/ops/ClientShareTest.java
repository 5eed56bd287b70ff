package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.auth.Scope;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** One token gets a share of the server's slots and of the database's connections; other tokens keep theirs. */
class ClientShareTest {
    @Test
    void a_token_past_its_share_of_slots_gets_503_while_another_token_is_served() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withMaxInFlight(4))) {
            String admin = server.server().generatedAdminToken().orElseThrow();
            String other = server.token("admin@roster.local", Scope.READ);
            var held = server.hold("/dev-users.create", admin, "{\"email\":\"held@example.com\",\"state\":\"shadow\"}");
            // The held request takes its slot on arrival but counts against its token only once
            // authenticated: until then the token's other requests still pass.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            ApiResponse refused = server.admin().get("/dev-users.self");
            while (refused.status() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(5);
                refused = server.admin().get("/dev-users.self");
            }
            refused.assertError(503, "service_unavailable", null).assertMessageContains("share");
            server.client(other).get("/dev-users.self").assertStatus(200);
            assertTrue(held.finish().startsWith("HTTP/1.1 201"));
            server.admin().get("/dev-users.self").assertStatus(200);
        }
    }

    /** Waits until a statement of the server is waiting for a row lock (polled, with a generous bound). */
    private static void awaitBlockedOnRowLock(Connection sql) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try (var rs = sql.createStatement().executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and datname = current_database() and pid <> pg_backend_pid()")) {
                if (rs.next() && rs.getInt(1) > 0) return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the update never waited for the row lock");
    }

    @Test
    void a_token_past_its_share_of_database_connections_waits_then_gets_503_while_another_token_is_served() throws Exception {
        String url = RosterTestServer.freshStore(TestEngine.POSTGRESQL);
        var dir = RosterTestServer.tempDir();
        // Two connections per pool: one token may hold one of them.
        var config = RosterTestServer.config(dir, url).withDbTimeout(Duration.ofSeconds(2)).withPoolSize(2);
        try (DedicatedServer server = DedicatedServer.start(dir, config);
             Connection lock = DriverManager.getConnection(url)) {
            String other = server.token("admin@roster.local", Scope.ADMIN);
            lock.setAutoCommit(false);
            // The row lock an update takes; creating a user that refers to this one still goes through.
            lock.createStatement().execute("select id from dev_user where id = 1 for no key update");
            // The admin's first write holds its one writer connection, waiting for the row.
            CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> server.admin()
                .post("/dev-users.update", "{\"id\":\"DEVU-1\",\"display_name\":\"Waits\"}").status());
            awaitBlockedOnRowLock(lock);

            server.admin().post("/dev-users.create", "{\"email\":\"second@example.com\",\"state\":\"shadow\"}")
                .assertError(503, "service_unavailable", null).assertMessageContains("share of the database");
            server.client(other).post("/dev-users.create", "{\"email\":\"other@example.com\",\"state\":\"shadow\"}")
                .assertStatus(201);
            lock.rollback();
            assertTrue(waiting.get() == 200 || waiting.get() == 503, "the first write ends either way");
        }
    }
}
