package dev.roster.revusers;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import dev.roster.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every change of a rev user emits its event with the user after and before it; an erasure emits its id alone. */
class RevUserEventsTest extends ApiTest {
    private JsonNode account(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body();
    }

    private JsonNode create(Object... fields) {
        return api.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    private JsonNode fetch(JsonNode user) {
        return api.get("/rev-users.get", "id=" + id(user)).assertStatus(200).body().get("rev_user");
    }

    private static String id(JsonNode object) { return object.get("display_id").asText(); }

    /** Asserts one rev_user_updated from {@code before} to the user as it is now. */
    private void expectUpdate(Events events, JsonNode before) {
        JsonNode event = events.expect("rev_user_updated").getFirst();
        assertEquals(before, object(event, "old_rev_user"));
        assertEquals(fetch(before), object(event, "rev_user"));
        assertEquals(before.get("id").asText(), event.get("object_id").asText());
    }

    @Test
    void create_update_and_delete_emit_the_user_after_and_before() {
        Events events = Events.watch(api);
        JsonNode ada = create("display_name", "Ada", "email", "ada@example.com");
        assertEquals(ada, object(events.expect("rev_user_created").getFirst(), "rev_user"));

        api.post("/rev-users.update", json("id", id(ada), "description", "VIP")).assertStatus(200);
        expectUpdate(events, ada);

        JsonNode updated = fetch(ada);
        api.post("/rev-users.delete", json("id", id(ada))).assertStatus(200);
        JsonNode deleted = events.expect("rev_user_deleted").getFirst();
        assertEquals(ada.get("id").asText(), object(deleted, "id").asText());
        assertEquals(updated, object(deleted, "old_rev_user"));
    }

    @Test
    void link_move_and_unlink_emit_the_user_with_its_new_rev_org() {
        JsonNode acme = account("Acme");
        JsonNode globex = account("Globex");
        JsonNode ada = create("display_name", "Ada");
        Events events = Events.watch(api);

        api.post("/rev-users.link", json("id", id(ada), "rev_org", id(acme.get("default_rev_org"))))
            .assertStatus(200);
        expectUpdate(events, ada);
        JsonNode linked = fetch(ada);
        api.post("/rev-users.link", json("id", id(ada), "rev_org", id(globex.get("default_rev_org"))))
            .assertStatus(200);
        expectUpdate(events, linked);
        api.post("/rev-users.link", json("id", id(ada), "rev_org", id(globex.get("default_rev_org"))))
            .assertStatus(200);
        events.assertNone();

        JsonNode moved = fetch(ada);
        api.post("/rev-users.unlink", json("id", id(ada), "rev_org", id(globex.get("default_rev_org"))))
            .assertStatus(200);
        expectUpdate(events, moved);
    }

    @Test
    void association_changes_emit_rev_user_updated() {
        JsonNode acme = account("Acme");
        JsonNode ada = create("display_name", "Ada");
        Events events = Events.watch(api);
        api.post("/rev-users.associations.add", json("rev_user_id", id(ada), "associations",
            List.of(Map.of("associated_to", acme.at("/account/id").asText())))).assertStatus(201);
        expectUpdate(events, ada);
        JsonNode associated = fetch(ada);
        api.post("/rev-users.associations.remove", json("rev_user_id", id(ada), "associations",
            List.of(acme.at("/account/id").asText()))).assertStatus(204);
        expectUpdate(events, associated);
    }

    @Test
    void a_merge_updates_the_survivor_and_deletes_the_merged_user() {
        JsonNode primary = create("display_name", "Primary");
        JsonNode secondary = create("display_name", "Secondary", "email", "secondary@example.com");
        Events events = Events.watch(api);
        api.post("/rev-users.merge", json("primary_user", id(primary), "secondary_user", id(secondary))).assertStatus(200);

        List<JsonNode> merged = events.expect("rev_user_updated", "rev_user_deleted");
        assertEquals(primary, object(merged.get(0), "old_rev_user"));
        assertEquals(fetch(primary), object(merged.get(0), "rev_user"));
        assertEquals("secondary@example.com", object(merged.get(0), "rev_user").get("email").asText());
        assertEquals(secondary, object(merged.get(1), "old_rev_user"));
        assertEquals(secondary.get("id").asText(), object(merged.get(1), "id").asText());
    }

    @Test
    void an_erasure_emits_the_id_alone_and_strips_the_earlier_events_of_the_user() {
        JsonNode group = api.post("/groups.create", json("name", "Fans", "description", "d", "member_type", "rev_user"))
            .assertStatus(201).body().get("group");
        JsonNode zelda = create("display_name", "Zelda", "email", "zelda@example.com");
        JsonNode kept = create("display_name", "Kept", "email", "kept@example.com");
        api.post("/rev-users.update", json("id", id(zelda), "description", "secret")).assertStatus(200);
        api.post("/groups.members.add", json("group", id(group), "member", id(zelda))).assertStatus(200);
        Events events = Events.watch(api);

        api.post("/rev-users.delete-personal-data", json("email", "zelda@example.com")).assertStatus(200);

        JsonNode erased = events.expect("rev_user_deleted").getFirst();
        assertEquals(zelda.get("id").asText(), object(erased, "id").asText());
        assertEquals(1, Events.body(erased).size(), "only the id: " + erased);
        List<JsonNode> all = Events.all(api);
        all.forEach(Events::checkAgainstContract);
        for (String trace : List.of("zelda@example.com", "Zelda", "secret")) {
            assertFalse(all.toString().contains(trace), trace + " survives in the events: " + all);
        }
        assertEquals(List.of("group_created", "rev_user_created", "rev_user_created", "rev_user_updated", "group_member_added",
            "rev_user_deleted"), all.stream().map(event -> event.get("type").asText()).toList(), "events are kept, stripped");
        assertEquals(json("id", zelda.get("id").asText(), "display_id", id(zelda)), object(all.get(1), "rev_user").toString());
        assertEquals(kept, object(all.get(2), "rev_user"), "another user's events are untouched");
    }

    @Test
    void a_refused_change_emits_nothing() {
        JsonNode ada = create("display_name", "Ada", "external_ref", "ada-1");
        create("display_name", "Bob", "external_ref", "bob-1");
        Events events = Events.watch(api);
        api.post("/rev-users.create", json("display_name", "Again", "external_ref", "ada-1")).assertError(409, "conflict", null);
        api.post("/rev-users.update", json("id", id(ada), "display_name", "Renamed", "external_ref", "bob-1"))
            .assertError(409, "conflict", null);
        api.post("/rev-users.merge", json("primary_user", id(ada), "secondary_user", id(ada)))
            .assertError(400, "value_not_permitted", "secondary_user");
        events.assertNone();
        assertEquals(ada, fetch(ada));
    }
}
