package dev.roster.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.RosterTestServer;
import org.junit.jupiter.api.Test;

class RosterConfigTest {
    @Test
    void a_chosen_bootstrap_token_must_be_long_enough_to_be_as_hard_to_guess_as_a_generated_one() {
        RosterConfig config = RosterTestServer.config(RosterTestServer.tempDir(), null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> config.withBootstrap("x", "admin@roster.local"));
        assertTrue(refused.getMessage().contains("ROSTER_BOOTSTRAP_TOKEN must be at least 32 characters"), refused.getMessage());
        config.withBootstrap("y".repeat(32), "admin@roster.local");
        config.withBootstrap("", "admin@roster.local");
    }
}
