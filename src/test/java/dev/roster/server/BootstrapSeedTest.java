package dev.roster.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.errors.ApiException;
import dev.roster.fixtures.Fixtures;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import dev.roster.testing.TestFixtures;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code serve --seed}: the fixture fills the default dev org when the store is created, and only then. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class BootstrapSeedTest {
    @Parameter
    TestEngine engine;

    private RosterConfig store;
    private Fixtures fixtures;

    @BeforeEach
    void freshStore() {
        store = DedicatedServer.freshConfig(engine);
        fixtures = TestFixtures.library();
    }

    @Test
    void the_seed_fills_the_default_org_at_the_first_start_and_not_again() {
        String token;
        try (DedicatedServer first = DedicatedServer.start(store, fixtures, Optional.of("acme"))) {
            token = first.server().generatedAdminToken().orElseThrow();
            Api admin = first.client(token);
            assertEquals(2, admin.get("/accounts.list").assertStatus(200).body().get("accounts").size());
            assertEquals(5, admin.get("/rev-users.list").assertStatus(200).body().get("rev_users").size());
        }
        try (DedicatedServer second = DedicatedServer.start(store, fixtures, Optional.of("acme"))) {
            assertFalse(second.server().createdStore());
            assertEquals(2, second.client(token).get("/accounts.list").assertStatus(200).body().get("accounts").size());
        }
    }

    @Test
    void a_failing_seed_leaves_no_default_org_so_the_next_start_makes_it() {
        ApiException failure = assertThrows(ApiException.class,
            () -> DedicatedServer.start(store, fixtures, Optional.of("bad-field")).close());
        assertTrue(failure.error().message().contains("fixture bad-field, step 2"), failure.error().message());
        try (DedicatedServer next = DedicatedServer.start(store)) {
            assertTrue(next.server().createdStore(), "the failed seed took the default dev org with it");
            Api admin = next.admin();
            assertEquals(0, admin.get("/tags.list").assertStatus(200).body().get("tags").size());
        }
    }
}
