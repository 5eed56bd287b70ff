package dev.roster.auth;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.server.RosterServer;
import dev.roster.testing.Api;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A token lives as long as it was issued for, on the server's clock: here one the test moves, never a sleep. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class TokenExpiryTest {
    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2030-01-01T00:00:00Z"));

        void advance(Duration by) { now.updateAndGet(at -> at.plus(by)); }

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override public Clock withZone(ZoneId zone) { return this; }

        @Override public Instant instant() { return now.get(); }
    }

    @Parameter
    TestEngine engine;

    private final MovableClock clock = new MovableClock();
    private RosterServer server;
    private Api admin;

    @BeforeEach
    void start() {
        server = RosterServer.start(RosterTestServer.config(RosterTestServer.tempDir(), RosterTestServer.freshStore(engine)), clock);
        admin = new Api("http://127.0.0.1:" + server.port(), server.generatedAdminToken().orElseThrow());
    }

    @AfterEach
    void stop() {
        // Null when the engine is skipped (PostgreSQL without ROSTER_TEST_PG_URL).
        if (server != null) server.close();
    }

    @Test
    void a_token_issued_for_a_day_works_until_then_and_is_refused_after() {
        String token = admin.post("/auth-tokens.create", "{\"expires_in\":1,\"scope\":\"read\"}").assertStatus(201)
            .at("/access_token");
        Api client = admin.withToken(token);

        clock.advance(Duration.ofDays(1).minusSeconds(1));
        client.get("/dev-users.self").assertStatus(200);

        clock.advance(Duration.ofSeconds(1));
        client.get("/dev-users.self").assertError(401, "unauthenticated", null).assertMessageContains("expired");
        String listed = admin.get("/auth-tokens.list").assertStatus(200).body().get("tokens").toString();
        assertTrue(listed.contains("\"status\":\"expired\""), listed);
    }
}
