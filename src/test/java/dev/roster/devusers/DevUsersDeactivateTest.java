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

class DevUsersDeactivateTest extends ApiTest {
    private static final String DEACTIVATE = "/dev-users.deactivate";

    private JsonNode fetch(Api client, String id) {
        return client.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    @Test
    void deactivating_sets_the_state_and_answers_an_empty_object() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();
        api.post("/dev-users.activate", json("id", id)).assertStatus(200);

        JsonNode answer = api.post(DEACTIVATE, json("id", id)).assertStatus(200).body();

        assertTrue(answer.isObject() && answer.isEmpty(), "deactivate answers {}: " + answer);
        JsonNode after = fetch(api, id);
        assertEquals("deactivated", after.get("state").asText());
        assertEquals(tenant.adminDisplayId(), after.at("/modified_by/display_id").asText());
        assertTrue(after.get("modified_date").asText().compareTo(ada.get("modified_date").asText()) >= 0);
        assertEquals(ada.get("email"), after.get("email"));
    }

    @Test
    void a_shadow_user_may_be_deactivated_by_don() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");

        api.post(DEACTIVATE, json("id", ada.get("id").asText())).assertStatus(200);

        assertEquals("deactivated", fetch(api, ada.get("display_id").asText()).get("state").asText());
    }

    @Test
    void the_deactivated_users_tokens_of_every_scope_are_refused() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        long n = DevUsers.number(ada);
        Api read = tenant.as(n, Scope.READ);
        Api write = tenant.as(n, Scope.WRITE);
        Api admin = tenant.as(n, Scope.ADMIN);
        read.get("/dev-users.self").assertStatus(200);

        api.post(DEACTIVATE, json("id", ada.get("display_id").asText())).assertStatus(200);

        read.get("/dev-users.self").assertError(401, "unauthenticated", null);
        write.post("/dev-users.self.update", json("full_name", "Ada")).assertError(401, "unauthenticated", null);
        admin.post("/dev-users.create", json("email", "new@example.com", "state", "shadow"))
            .assertError(401, "unauthenticated", null);
        assertEquals(0, api.get("/dev-users.list", "email=new@example.com").assertStatus(200).body().get("dev_users").size());
        assertEquals("ada@example.com", fetch(api, ada.get("display_id").asText()).get("email").asText(),
            "the refused self.update changed nothing");
        assertTrue(fetch(api, ada.get("display_id").asText()).path("full_name").isMissingNode());
    }

    @Test
    void other_users_tokens_keep_working() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode bob = DevUsers.create(api, "bob@example.com");
        Api bobClient = tenant.as(DevUsers.number(bob), Scope.READ);

        api.post(DEACTIVATE, json("id", ada.get("display_id").asText())).assertStatus(200);

        assertEquals(bob.get("display_id").asText(), bobClient.get("/dev-users.self").assertStatus(200).at("/dev_user/display_id"));
        api.get("/dev-users.self").assertStatus(200);
    }

    @Test
    void a_deactivated_user_is_still_listed_and_filterable_by_state() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        DevUsers.create(api, "bob@example.com");

        api.post(DEACTIVATE, json("id", ada)).assertStatus(200);

        JsonNode deactivated = api.get("/dev-users.list", "state=deactivated").assertStatus(200).body().get("dev_users");
        assertEquals(1, deactivated.size());
        assertEquals(ada, deactivated.get(0).get("display_id").asText());
        JsonNode all = api.get("/dev-users.list").assertStatus(200).body().get("dev_users");
        assertEquals(3, all.size(), "admin, ada and bob: " + all);
    }

    @Test
    void deactivating_twice_leaves_the_user_deactivated() {
        String id = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        api.post(DEACTIVATE, json("id", id)).assertStatus(200);

        api.post(DEACTIVATE, json("id", id)).assertStatus(200);

        assertEquals("deactivated", fetch(api, id).get("state").asText());
    }

    @Test
    void deactivating_yourself_is_rejected_and_you_stay_active() {
        JsonNode before = api.get("/dev-users.self").assertStatus(200).body().get("dev_user");

        api.post(DEACTIVATE, json("id", tenant.adminDisplayId())).assertError(400, "value_not_permitted", "id");
        api.post(DEACTIVATE, json("id", before.get("id").asText())).assertError(400, "value_not_permitted", "id");

        JsonNode after = api.get("/dev-users.self").assertStatus(200).body().get("dev_user");
        assertEquals("active", after.get("state").asText());
        assertEquals(before, after);
    }

    @Test
    void a_merged_user_cannot_be_deactivated_and_stays_deleted() {
        String primary = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String merged = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        api.post("/dev-users.merge", json("primary_user", primary, "secondary_user", merged)).assertStatus(200);
        JsonNode before = fetch(api, merged);

        api.post(DEACTIVATE, json("id", merged)).assertError(400, "value_not_permitted", "id");

        assertEquals(before, fetch(api, merged));
    }

    @Test
    void missing_and_malformed_ids_are_rejected() {
        api.post(DEACTIVATE, "{}").assertError(400, "missing_required_field", "id");
        api.post(DEACTIVATE, json("id", "DEVU-x")).assertError(400, "invalid_id", "id");
        api.post(DEACTIVATE, json("id", "REVU-1")).assertError(400, "unexpected_id_type", "id");
    }

    @Test
    void unknown_and_foreign_users_are_not_found_and_unchanged() {
        Tenant other = server.newTenant();
        JsonNode stranger = DevUsers.create(other.admin(), "stranger@example.com");
        String strangerId = stranger.get("display_id").asText();
        Api strangerClient = other.as(DevUsers.number(stranger), Scope.READ);

        api.post(DEACTIVATE, json("id", "DEVU-999999999")).assertError(404, "not_found", null);
        api.post(DEACTIVATE, json("id", strangerId)).assertError(404, "not_found", null);
        api.post(DEACTIVATE, json("id", stranger.get("id").asText())).assertError(404, "not_found", null);
        api.post(DEACTIVATE, json("id", other.adminDisplayId())).assertError(404, "not_found", null);

        assertEquals("shadow", fetch(other.admin(), strangerId).get("state").asText());
        strangerClient.get("/dev-users.self").assertStatus(200);
        other.admin().get("/dev-users.self").assertStatus(200);
    }

    @Test
    void deactivation_needs_an_admin_token() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode bob = DevUsers.create(api, "bob@example.com");
        String bobId = bob.get("display_id").asText();

        tenant.as(DevUsers.number(ada), Scope.WRITE).post(DEACTIVATE, json("id", bobId)).assertError(403, "forbidden", null);
        tenant.as(DevUsers.number(ada), Scope.READ).post(DEACTIVATE, json("id", bobId)).assertError(403, "forbidden", null);
        tenant.as(DevUsers.number(ada), Scope.WRITE).post(DEACTIVATE, json("id", tenant.adminDisplayId()))
            .assertError(403, "forbidden", null);
        api.anonymous().post(DEACTIVATE, json("id", bobId)).assertError(401, "unauthenticated", null);

        assertEquals(bob, fetch(api, bobId));
        assertEquals("active", api.get("/dev-users.self").assertStatus(200).at("/dev_user/state"));
    }
}
