package dev.roster.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
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

    private RosterConfig store;

    @BeforeEach
    void freshStore() {
        store = DedicatedServer.freshConfig(engine);
    }

    private DedicatedServer start(String token, String email) {
        return DedicatedServer.start(store.withBootstrap(token, email));
    }

    @Test
    void the_first_start_prints_an_admin_token_and_later_starts_do_not() {
        String token;
        try (DedicatedServer first = start(null, "admin@roster.local")) {
            assertTrue(first.server().generatedAdminToken().isPresent());
            token = first.server().generatedAdminToken().get();
            var self = first.client(token).get("/dev-users.self").assertStatus(200).body().get("dev_user");
            assertEquals("admin@roster.local", self.get("email").asText());
            assertEquals("active", self.get("state").asText());
            first.client(token).post("/dev-users.create", "{\"email\":\"a@example.com\",\"state\":\"shadow\"}").assertStatus(201);
        }
        try (DedicatedServer second = start(null, "admin@roster.local")) {
            assertFalse(second.server().generatedAdminToken().isPresent());
            var users = second.client(token).get("/dev-users.list").assertStatus(200).body().get("dev_users");
            assertEquals(2, users.size(), "data and token survive a restart");
        }
    }

    @Test
    void a_chosen_bootstrap_token_and_email_are_used_and_ignored_once_an_org_exists() {
        try (DedicatedServer first = start("chosen-secret-token-of-at-least-32-chars", "boss@example.com")) {
            assertFalse(first.server().generatedAdminToken().isPresent(), "a chosen token is not printed");
            assertEquals("boss@example.com", first.client("chosen-secret-token-of-at-least-32-chars").get("/dev-users.self")
                .assertStatus(200).at("/dev_user/email"));
        }
        try (DedicatedServer second = start("another-token-of-at-least-32-characters", "other@example.com")) {
            second.client("another-token-of-at-least-32-characters").get("/dev-users.self").assertError(401, "unauthenticated", null);
            second.client("chosen-secret-token-of-at-least-32-chars").get("/dev-users.self").assertStatus(200);
        }
    }
}
