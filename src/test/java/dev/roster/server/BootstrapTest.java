package dev.roster.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** First start on an empty store makes the default dev org, its admin and an admin token, once. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class BootstrapTest {
    @Parameter
    TestEngine engine;

    private Path dataDir;
    private String dbUrl;

    @BeforeEach
    void freshStore() {
        dataDir = RosterTestServer.tempDir();
        dbUrl = RosterTestServer.freshStore(engine);
    }

    private RosterConfig config(String token, String email) {
        return RosterTestServer.config(dataDir, dbUrl).withBootstrap(token, email);
    }

    private static Api client(RosterServer server, String token) {
        return new Api("http://127.0.0.1:" + server.port(), token);
    }

    @Test
    void the_first_start_prints_an_admin_token_and_later_starts_do_not() {
        String token;
        try (RosterServer first = RosterServer.start(config(null, "admin@roster.local"), Clock.systemUTC())) {
            assertTrue(first.generatedAdminToken().isPresent());
            token = first.generatedAdminToken().get();
            var self = client(first, token).get("/dev-users.self").assertStatus(200).body().get("dev_user");
            assertEquals("admin@roster.local", self.get("email").asText());
            assertEquals("active", self.get("state").asText());
            client(first, token).post("/dev-users.create", "{\"email\":\"a@example.com\",\"state\":\"shadow\"}").assertStatus(201);
        }
        try (RosterServer second = RosterServer.start(config(null, "admin@roster.local"), Clock.systemUTC())) {
            assertFalse(second.generatedAdminToken().isPresent());
            var users = client(second, token).get("/dev-users.list").assertStatus(200).body().get("dev_users");
            assertEquals(2, users.size(), "data and token survive a restart");
        }
    }

    @Test
    void a_chosen_bootstrap_token_and_email_are_used_and_ignored_once_an_org_exists() {
        try (RosterServer first = RosterServer.start(config("chosen-secret-token-of-at-least-32-chars", "boss@example.com"), Clock.systemUTC())) {
            assertFalse(first.generatedAdminToken().isPresent(), "a chosen token is not printed");
            assertEquals("boss@example.com", client(first, "chosen-secret-token-of-at-least-32-chars").get("/dev-users.self")
                .assertStatus(200).at("/dev_user/email"));
        }
        try (RosterServer second = RosterServer.start(config("another-token-of-at-least-32-characters", "other@example.com"), Clock.systemUTC())) {
            client(second, "another-token-of-at-least-32-characters").get("/dev-users.self").assertError(401, "unauthenticated", null);
            client(second, "chosen-secret-token-of-at-least-32-chars").get("/dev-users.self").assertStatus(200);
        }
    }
}
