package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roster.server.RosterConfig;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under a running server: requests answer 503 within the configured bound,
 * /health reports it, nothing half-written remains, and the server recovers by itself once the
 * database is back. Runs after the unit suite, since it stops the shared database.
 */
class PostgresOutageIT {
    private static final Path CLUSTERS = Path.of("/etc/postgresql");

    @Test
    void a_stopped_database_gives_503_within_the_bound_and_the_server_recovers_alone() throws Exception {
        assumeTrue(RosterTestServer.pgUrl() != null, RosterTestServer.PG_URL_VARIABLE + " is not set: outage test skipped");
        assumeTrue(canControlPostgres(), "pg_ctlcluster is not usable here: PostgreSQL outage test skipped");
        Path dir = RosterTestServer.tempDir();
        RosterConfig config = RosterTestServer.config(dir, RosterTestServer.freshSchema(RosterTestServer.pgUrl()))
            .withDbTimeout(Duration.ofSeconds(2));
        try (DedicatedServer server = DedicatedServer.start(dir, config)) {
            Api api = server.admin();
            api.post("/dev-users.create", "{\"email\":\"before@example.com\",\"state\":\"shadow\"}").assertStatus(201);
            try {
                pgCluster("stop");
                long started = System.nanoTime();
                api.get("/dev-users.list").assertError(503, "service_unavailable", null);
                long tookMillis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(tookMillis < 8_000, "a 503 within the 2 s bound plus slack, took " + tookMillis + " ms");
                api.post("/dev-users.create", "{\"email\":\"during@example.com\",\"state\":\"shadow\"}")
                    .assertError(503, "service_unavailable", null);
                api.anonymous().get("/health").assertError(503, "service_unavailable", null);
            } finally {
                pgCluster("start");
            }
            ApiResponse health = null;
            for (int i = 0; i < 100; i++) {
                health = api.anonymous().get("/health");
                if (health.status() == 200) break;
                Thread.sleep(100);
            }
            assertEquals(200, health.status(), "recovered without a restart");
            assertEquals(1, api.get("/dev-users.list", "email=before@example.com").assertStatus(200).body().get("dev_users").size());
            assertEquals(0, api.get("/dev-users.list", "email=during@example.com").assertStatus(200).body().get("dev_users").size(),
                "nothing half-written");
        }
    }

    private static boolean canControlPostgres() {
        try {
            return Files.isDirectory(CLUSTERS) && new File("/usr/bin/pg_ctlcluster").canExecute()
                && "root".equals(System.getProperty("user.name"));
        } catch (SecurityException e) {
            return false;
        }
    }

    private static void pgCluster(String action) throws Exception {
        String version;
        try (var versions = Files.list(CLUSTERS)) {
            version = versions.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
            .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("pg_ctlcluster " + action + " hung");
        // "start" on a running cluster exits 2; anything else unexpected is worth seeing.
        if (process.exitValue() != 0 && !(action.equals("start") && output.contains("already running"))) {
            throw new IllegalStateException("pg_ctlcluster " + action + " failed: " + output);
        }
    }
}
