package dev.roster.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestFixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fixtures (applied, or seeding a new store), the operator's dev-org creation, snapshot restores and resets change the directory without events. */
class SeedingEmitsNothingTest extends ApiTest {
    @Test
    void a_fixture_applied_by_the_admin_emits_nothing() {
        Events events = Events.watch(api);
        api.post("/_roster/fixtures.apply", json("fixture", "acme")).assertStatus(200);
        assertEquals(2, api.get("/accounts.list").assertStatus(200).body().get("accounts").size());
        events.assertNone();
    }

    @Test
    void a_dev_org_created_with_a_fixture_has_no_events() {
        JsonNode created = server.operator().post("/_roster/dev-orgs.create", json("fixture", "acme")).assertStatus(201).body();
        Api admin = new Api(server.baseUrl(), created.get("token").asText());
        assertEquals(2, admin.get("/accounts.list").assertStatus(200).body().get("accounts").size());
        assertEquals(List.of(), Events.all(admin));
    }

    @Test
    void the_seed_of_a_new_store_emits_nothing() {
        try (DedicatedServer seeded = DedicatedServer.start(DedicatedServer.freshConfig(engine), TestFixtures.library(),
                Optional.of("acme"))) {
            Api admin = seeded.client(seeded.server().generatedAdminToken().orElseThrow());
            assertEquals(2, admin.get("/accounts.list").assertStatus(200).body().get("accounts").size());
            assertEquals(List.of(), Events.all(admin));
        }
    }

    @Test
    void a_restore_and_a_reset_emit_nothing_and_keep_the_events_before_them() {
        api.post("/_roster/snapshots.create", json("name", "empty")).assertStatus(201);
        api.post("/tags.create", json("name", "vip")).assertStatus(201);
        Events events = Events.watch(api);

        api.post("/_roster/snapshots.restore", json("name", "empty")).assertStatus(200);
        assertEquals(0, api.get("/tags.list").assertStatus(200).body().get("tags").size());
        api.post("/tags.create", json("name", "churn")).assertStatus(201);
        api.post("/_roster/reset", "{}").assertStatus(200);

        events.expect("tag_created");
        assertEquals(List.of("tag_created", "tag_created"), Events.all(api).stream().map(e -> e.get("type").asText()).toList());
    }
}
