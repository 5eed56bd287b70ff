package dev.roster.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.server.RosterConfig;
import dev.roster.server.Services;
import dev.roster.store.ChangeSignal;
import dev.roster.store.Database;
import dev.roster.testing.Api;
import dev.roster.testing.DevUsers;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The token cache never outlives a change made elsewhere: by {@code roster token revoke} (another
 * process with its own pools) or by a second server on the same store. Each test first makes the
 * token a cache hit. {@link ChangeListenerOutageTest} covers PostgreSQL's listener going down.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class TokenCacheTest {
    /** PostgreSQL delivers another process's notification asynchronously, in well under this. */
    static final Duration DELIVERY = Duration.ofSeconds(5);

    @Parameter
    TestEngine engine;

    private RosterConfig config;
    private DedicatedServer server;
    private Api admin;

    @BeforeEach
    void start() {
        config = DedicatedServer.freshConfig(engine);
        server = DedicatedServer.start(config);
        admin = server.admin();
        awaitFollowing(server);
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void a_token_seen_before_authenticates_without_a_query() {
        admin.get("/dev-users.self").assertStatus(200);
        List<String> tokenQueries = new CopyOnWriteArrayList<>();
        server.server().services().db().observe((sql, params) -> {
            if (sql.contains("api_token")) tokenQueries.add(sql);
        });
        try {
            admin.get("/dev-users.self").assertStatus(200);
            admin.get("/dev-users.self").assertStatus(200);
        } finally {
            server.server().services().db().observe(null);
        }
        assertEquals(List.of(), tokenQueries);
    }

    @Test
    void a_token_revoked_by_another_process_fails_on_the_next_request() {
        String token = server.server().generatedAdminToken().orElseThrow();
        admin.get("/dev-users.self").assertStatus(200);
        admin.get("/dev-users.self").assertStatus(200);

        // What `roster token revoke` does, in this JVM: its own pools over the same store.
        // TokenRevokeIT runs the real command as its own process.
        try (Database other = Database.open(config.databaseSettings())) {
            assertTrue(Services.over(other, Clock.systemUTC()).tokens().revoke(token));
        }

        assertUnauthenticatedSoon(admin);
    }

    @Test
    void a_user_deactivated_through_another_server_loses_access_here() {
        long ada = DevUsers.number(DevUsers.create(admin, "ada@example.com"));
        Api asAda = server.client(server.token("ada@example.com", Scope.ADMIN));
        asAda.get("/dev-users.self").assertStatus(200);
        asAda.get("/dev-users.self").assertStatus(200);

        try (DedicatedServer second = DedicatedServer.start(config)) {
            Api secondAdmin = second.client(second.token("admin@roster.local", Scope.ADMIN));
            secondAdmin.post("/dev-users.deactivate", "{\"id\":\"DEVU-" + ada + "\"}").assertStatus(200);
        }

        assertUnauthenticatedSoon(asAda);
        admin.get("/dev-users.self").assertStatus(200);
    }

    /** On PostgreSQL the listener connects in the background after start. */
    private static void awaitFollowing(DedicatedServer server) {
        assertTrue(waitUntil(() -> server.server().services().db().changes().version() != ChangeSignal.UNKNOWN),
            "the server follows the change signal");
    }

    /** At once on SQLite, whose signal is shared memory; within {@link #DELIVERY} on PostgreSQL. */
    private void assertUnauthenticatedSoon(Api client) {
        if (engine == TestEngine.POSTGRESQL) waitUntil(() -> client.get("/dev-users.self").status() == 401);
        client.get("/dev-users.self").assertError(401, "unauthenticated", null);
    }

    /** Polls until {@code condition} holds or {@link #DELIVERY} passes; answers whether it held. */
    static boolean waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) return false;
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
