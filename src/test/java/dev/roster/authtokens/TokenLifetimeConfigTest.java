package dev.roster.authtokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.auth.TokenLifetime;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import org.junit.jupiter.api.Test;

/** {@code --token-lifetime} and {@code --token-max-lifetime} choose what {@code expires_in} defaults to and may ask. */
class TokenLifetimeConfigTest {
    @Test
    void the_configured_default_and_maximum_apply_to_auth_tokens_create() {
        try (DedicatedServer server = DedicatedServer.start(c -> c.toBuilder().tokenLifetime(new TokenLifetime(7, 30)).build())) {
            Api api = server.admin();
            assertEquals(7L * 86_400, api.post("/auth-tokens.create", "{}").assertStatus(201).body().get("expires_in").asLong());
            assertEquals(30L * 86_400, api.post("/auth-tokens.create", "{\"expires_in\":30}").assertStatus(201).body()
                .get("expires_in").asLong());
            api.post("/auth-tokens.create", "{\"expires_in\":31}").assertError(400, "value_not_permitted", "expires_in")
                .assertMessageContains("from 1 to 30");
        }
    }

    @Test
    void a_default_beyond_the_maximum_or_a_maximum_beyond_ten_years_is_refused_naming_the_option() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TokenLifetime(40, 30)).getMessage()
            .startsWith("--token-lifetime must be from 1 to --token-max-lifetime (30)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new TokenLifetime(1, 3651)).getMessage()
            .startsWith("--token-max-lifetime must be from 1 to 3650"));
    }
}
