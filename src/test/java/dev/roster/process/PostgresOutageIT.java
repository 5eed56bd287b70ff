package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roster.server.RosterConfig;
import dev.roster.store.ChangeSignal;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TcpProxy;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL out of reach under a running server: requests answer 503 within the configured bound,
 * /health reports it, nothing half-written remains, and the server recovers by itself once the
 * database is back. The outage is made by cutting a {@link TcpProxy} that carries every connection
 * of this server, pools and change listener alike, so the database, which other programs share,
 * is never stopped or reconfigured.
 */
class PostgresOutageIT {
    /** How long recovery may take before the test gives up: far past what it needs, for slow machines. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void a_cut_database_path_gives_503_within_the_bound_and_the_server_recovers_alone() throws Exception {
        assumeTrue(RosterTestServer.pgUrl() != null, RosterTestServer.PG_URL_VARIABLE + " is not set: outage test skipped");
        // The schema is made directly; only the server's own connections go through the proxy.
        String url = RosterTestServer.freshSchema(RosterTestServer.pgUrl());
        InetSocketAddress database = RosterTestServer.pgAddress(url);
        Path dir = RosterTestServer.tempDir();
        try (TcpProxy proxy = TcpProxy.start(database.getHostString(), database.getPort())) {
            RosterConfig config = RosterTestServer.config(dir, RosterTestServer.withPgAddress(url, "127.0.0.1", proxy.port()))
                .withDbTimeout(Duration.ofSeconds(2));
            try (DedicatedServer server = DedicatedServer.start(dir, config)) {
                Api api = server.admin();
                ChangeSignal changes = server.server().services().db().changes();
                // The listener connects on a thread of its own: once it follows, the cut reaches it too.
                awaitTrue(() -> changes.version() != ChangeSignal.UNKNOWN, "the change listener follows before the outage");
                api.post("/dev-users.create", "{\"email\":\"before@example.com\",\"state\":\"shadow\"}").assertStatus(201);

                proxy.cut();
                long started = System.nanoTime();
                api.get("/dev-users.list").assertError(503, "service_unavailable", null);
                long tookMillis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(tookMillis < 8_000, "a 503 within the 2 s bound plus slack, took " + tookMillis + " ms");
                api.post("/dev-users.create", "{\"email\":\"during@example.com\",\"state\":\"shadow\"}")
                    .assertError(503, "service_unavailable", null);
                api.anonymous().get("/health").assertError(503, "service_unavailable", null);
                // Proof that the listener's connection went through the proxy and was cut with the rest.
                awaitTrue(() -> changes.version() == ChangeSignal.UNKNOWN, "the change listener lost its connection");

                proxy.restore();
                awaitTrue(() -> api.anonymous().get("/health").status() == 200, "/health answers 200 again without a restart");
                // The listener retries by itself; until it does, tokens are only checked in the database.
                awaitTrue(() -> changes.version() != ChangeSignal.UNKNOWN, "the change listener follows again");
                assertEquals(1, api.get("/dev-users.list", "email=before@example.com").assertStatus(200).body().get("dev_users").size());
                assertEquals(0, api.get("/dev-users.list", "email=during@example.com").assertStatus(200).body().get("dev_users").size(),
                    "nothing half-written");
            }
        }
    }

    /** Polls {@code condition} until it holds, failing with {@code what} after {@link #PATIENCE}. */
    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + ": not within " + PATIENCE.toSeconds() + " s");
            Thread.sleep(100);
        }
    }
}
