package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Tenant;
import org.junit.jupiter.api.Test;

class DevUsersActivateTest extends ApiTest {
    private static final String ACTIVATE = "/dev-users.activate";

    private JsonNode fetch(Api client, String id) {
        return client.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    @Test
    void activating_a_shadow_user_makes_it_active_without_sending_an_invite() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();
        assertEquals("shadow", ada.get("state").asText());

        JsonNode answer = api.post(ACTIVATE, json("id", id)).assertStatus(200).body();

        assertEquals(1, answer.size(), "the answer is only invite_sent: " + answer);
        assertEquals(false, answer.get("invite_sent").asBoolean());
        assertTrue(answer.get("invite_sent").isBoolean());
        JsonNode after = fetch(api, id);
        assertEquals("active", after.get("state").asText());
        assertEquals(tenant.adminDisplayId(), after.at("/modified_by/display_id").asText());
        assertTrue(after.get("modified_date").asText().compareTo(ada.get("modified_date").asText()) >= 0);
        assertEquals(ada.get("email"), after.get("email"), "activation changes nothing but the state");
        assertEquals(ada.get("created_date"), after.get("created_date"));
    }

    @Test
    void the_user_may_be_given_as_a_don_or_a_lowercase_display_id() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode bob = DevUsers.create(api, "bob@example.com");

        api.post(ACTIVATE, json("id", ada.get("id").asText())).assertStatus(200);
        api.post(ACTIVATE, json("id", bob.get("display_id").asText().toLowerCase())).assertStatus(200);

        assertEquals("active", fetch(api, ada.get("display_id").asText()).get("state").asText());
        assertEquals("active", fetch(api, bob.get("display_id").asText()).get("state").asText());
    }

    @Test
    void activating_an_active_user_again_keeps_it_active() {
        String id = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        api.post(ACTIVATE, json("id", id)).assertStatus(200);

        api.post(ACTIVATE, json("id", id)).assertStatus(200);

        assertEquals("active", fetch(api, id).get("state").asText());
    }

    @Test
    void activating_a_deactivated_user_lets_its_tokens_work_again() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.READ);
        api.post("/dev-users.deactivate", json("id", id)).assertStatus(200);
        adaClient.get("/dev-users.self").assertError(401, "unauthenticated", null);

        api.post(ACTIVATE, json("id", id)).assertStatus(200);

        assertEquals("active", fetch(api, id).get("state").asText());
        assertEquals(id, adaClient.get("/dev-users.self").assertStatus(200).at("/dev_user/display_id"));
    }

    @Test
    void a_merged_user_cannot_be_activated_and_stays_deleted() {
        String primary = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String merged = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        api.post("/dev-users.merge", json("primary_user", primary, "secondary_user", merged)).assertStatus(200);
        JsonNode before = fetch(api, merged);

        api.post(ACTIVATE, json("id", merged)).assertError(400, "value_not_permitted", "id");

        JsonNode after = fetch(api, merged);
        assertEquals("deleted", after.get("state").asText());
        assertEquals(before, after);
    }

    @Test
    void missing_and_malformed_ids_are_rejected() {
        api.post(ACTIVATE, "{}").assertError(400, "missing_required_field", "id");
        api.post(ACTIVATE, json("id", "not an id")).assertError(400, "invalid_id", "id");
        api.post(ACTIVATE, json("id", "REVU-1")).assertError(400, "unexpected_id_type", "id");
        api.post(ACTIVATE, "{\"id\":5}").assertError(400, "unexpected_json_type", "id");
    }

    @Test
    void unknown_and_foreign_users_are_not_found_and_unchanged() {
        Tenant other = server.newTenant();
        JsonNode stranger = DevUsers.create(other.admin(), "stranger@example.com");
        String strangerId = stranger.get("display_id").asText();

        api.post(ACTIVATE, json("id", "DEVU-999999999")).assertError(404, "not_found", null);
        api.post(ACTIVATE, json("id", strangerId)).assertError(404, "not_found", null);
        api.post(ACTIVATE, json("id", stranger.get("id").asText())).assertError(404, "not_found", null);

        JsonNode after = fetch(other.admin(), strangerId);
        assertEquals("shadow", after.get("state").asText());
        assertEquals(stranger.get("modified_date"), after.get("modified_date"));
    }

    @Test
    void activation_needs_an_admin_token() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();

        tenant.as(DevUsers.number(ada), Scope.WRITE).post(ACTIVATE, json("id", id)).assertError(403, "forbidden", null);
        tenant.as(DevUsers.number(ada), Scope.READ).post(ACTIVATE, json("id", id)).assertError(403, "forbidden", null);
        tenant.as(tenant.adminId(), Scope.WRITE).post(ACTIVATE, json("id", id)).assertError(403, "forbidden", null);
        api.anonymous().post(ACTIVATE, json("id", id)).assertError(401, "unauthenticated", null);

        JsonNode after = fetch(api, id);
        assertEquals("shadow", after.get("state").asText());
        assertEquals(ada.get("modified_date"), after.get("modified_date"));
    }
}
