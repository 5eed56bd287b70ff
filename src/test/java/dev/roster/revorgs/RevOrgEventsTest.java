package dev.roster.revorgs;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import dev.roster.testing.ApiTest;
import org.junit.jupiter.api.Test;

/** A rev org's changes emit rev_org_created, _updated and _deleted with the rev org after and before them. */
class RevOrgEventsTest extends ApiTest {
    private static String id(JsonNode object) { return object.get("display_id").asText(); }

    @Test
    void create_update_and_delete_emit_the_rev_org_after_and_before() {
        JsonNode acme = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).body();
        Events events = Events.watch(api);
        JsonNode eu = api.post("/rev-orgs.create", json("account", id(acme.get("account")), "display_name", "Acme EU"))
            .assertStatus(201).body().get("rev_org");
        assertEquals(eu, object(events.expect("rev_org_created").getFirst(), "rev_org"));

        JsonNode renamed = api.post("/rev-orgs.update", json("id", id(eu), "display_name", "Acme Europe"))
            .assertStatus(200).body().get("rev_org");
        JsonNode updated = events.expect("rev_org_updated").getFirst();
        assertEquals(eu, object(updated, "old_rev_org"));
        assertEquals(renamed, object(updated, "rev_org"));

        api.post("/rev-orgs.delete", json("id", id(eu))).assertStatus(200);
        JsonNode deleted = events.expect("rev_org_deleted").getFirst();
        assertEquals(eu.get("id").asText(), object(deleted, "id").asText());
        assertEquals(renamed, object(deleted, "old_rev_org"));
    }

    @Test
    void a_refused_change_emits_nothing() {
        JsonNode acme = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).body();
        api.post("/rev-orgs.create", json("account", id(acme.get("account")), "display_name", "EU", "external_ref", "eu"))
            .assertStatus(201);
        Events events = Events.watch(api);
        api.post("/rev-orgs.create", json("account", id(acme.get("account")), "display_name", "EU 2", "external_ref", "eu"))
            .assertError(409, "conflict", null);
        api.post("/rev-orgs.delete", json("id", id(acme.get("default_rev_org")))).assertError(400, "value_not_permitted", "id");
        events.assertNone();
    }
}
