package dev.roster.devusers;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.events.Events;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change of a dev user emits dev_user_created or dev_user_updated with the user after and before it. */
class DevUserEventsTest extends ApiTest {
    private JsonNode fetch(String id) {
        return api.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    private static String id(JsonNode user) { return user.get("display_id").asText(); }

    /** Asserts one dev_user_updated from {@code before} to the user as it is now. */
    private void expectUpdate(Events events, JsonNode before) {
        JsonNode event = events.expect("dev_user_updated").getFirst();
        assertEquals(before, object(event, "old_dev_user"));
        assertEquals(fetch(id(before)), object(event, "dev_user"));
        assertEquals(before.get("id").asText(), event.get("object_id").asText());
    }

    @Test
    void create_emits_the_user_as_the_api_answered_it() {
        Events events = Events.watch(api);
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        assertEquals(ada, object(events.expect("dev_user_created").getFirst(), "dev_user"));
    }

    @Test
    void update_and_self_update_emit_the_user_before_and_after() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Events events = Events.watch(api);
        api.post("/dev-users.update", json("id", id(ada), "display_name", "Ada L.")).assertStatus(200);
        expectUpdate(events, ada);

        JsonNode admin = fetch(tenant.adminDisplayId());
        api.post("/dev-users.self.update", json("full_name", "The Admin")).assertStatus(200);
        expectUpdate(events, admin);
    }

    @Test
    void activate_and_deactivate_emit_the_state_change() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Events events = Events.watch(api);
        api.post("/dev-users.activate", json("id", id(ada))).assertStatus(200);
        expectUpdate(events, ada);

        JsonNode active = fetch(id(ada));
        api.post("/dev-users.deactivate", json("id", id(ada))).assertStatus(200);
        expectUpdate(events, active);
        assertEquals("deactivated", fetch(id(ada)).get("state").asText());
    }

    @Test
    void linking_and_unlinking_an_identity_emit_the_user_with_and_without_it() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Events events = Events.watch(api);
        api.post("/dev-users.identities.link", json("dev_user", id(ada), "issuer", "okta", "id", "a-1")).assertStatus(200);
        expectUpdate(events, ada);

        JsonNode linked = fetch(id(ada));
        api.post("/dev-users.identities.unlink", json("dev_user", id(ada), "issuer", "okta")).assertStatus(200);
        expectUpdate(events, linked);
    }

    @Test
    void a_merge_updates_the_survivor_and_marks_the_merged_user_deleted_in_one_go() {
        JsonNode primary = DevUsers.create(api, "primary@example.com");
        JsonNode secondary = DevUsers.create(api, "secondary@example.com");
        api.post("/dev-users.identities.link", json("dev_user", id(secondary), "issuer", "okta", "id", "s-1")).assertStatus(200);
        JsonNode linked = fetch(id(secondary));
        Events events = Events.watch(api);

        api.post("/dev-users.merge", json("primary_user", id(primary), "secondary_user", id(secondary))).assertStatus(200);

        List<JsonNode> merged = events.expect("dev_user_updated", "dev_user_updated");
        assertEquals(primary, object(merged.get(0), "old_dev_user"));
        assertEquals(fetch(id(primary)), object(merged.get(0), "dev_user"));
        assertEquals("okta", object(merged.get(0), "dev_user").at("/external_identities/0/issuer").asText());
        assertEquals(linked, object(merged.get(1), "old_dev_user"));
        assertEquals("deleted", object(merged.get(1), "dev_user").get("state").asText());
        assertEquals(fetch(id(secondary)), object(merged.get(1), "dev_user"));
    }

    @Test
    void a_refused_change_emits_nothing() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        DevUsers.create(api, "bob@example.com");
        Events events = Events.watch(api);
        api.post("/dev-users.create", json("email", "ada@example.com", "state", "shadow")).assertError(400, "value_not_permitted", "email");
        api.post("/dev-users.update", json("id", id(ada), "reports_to", id(ada))).assertError(400, "value_not_permitted", "reports_to");
        api.post("/dev-users.identities.unlink", json("dev_user", id(ada), "issuer", "okta")).assertError(404, "not_found", null);
        api.post("/dev-users.merge", json("primary_user", id(ada), "secondary_user", tenant.adminDisplayId()))
            .assertError(400, "value_not_permitted", "secondary_user");
        tenant.as(DevUsers.number(ada), Scope.WRITE).post("/dev-users.activate", json("id", id(ada)))
            .assertError(403, "forbidden", null);
        events.assertNone();
    }
}
