package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevUsersGetTest extends ApiTest {
    private static final String GET = "/rev-users.get";

    private JsonNode create(Object... fields) {
        return api.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    @Test
    void a_user_is_found_by_display_id_or_don_through_get_and_post_alike() {
        String org = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/default_rev_org/id");
        JsonNode ada = create("display_name", "Ada", "email", "ada@acme.io", "rev_org", org,
            "phone_numbers", List.of("+4930123456"));

        for (String id : List.of(ada.get("display_id").asText(), ada.get("id").asText())) {
            assertEquals(ada, api.get(GET, "id=" + id).assertStatus(200).body().get("rev_user"), id);
            assertEquals(ada, api.post(GET, json("id", id)).assertStatus(200).body().get("rev_user"), id);
        }
    }

    @Test
    void the_id_stays_when_the_user_moves_between_rev_orgs() {
        String acme = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/default_rev_org/id");
        String globex = api.post("/accounts.create", json("display_name", "Globex")).assertStatus(201)
            .at("/default_rev_org/id");
        JsonNode ada = create("display_name", "Ada", "rev_org", acme);
        api.post("/rev-users.link", json("id", ada.get("id").asText(), "rev_org", globex)).assertStatus(200);

        JsonNode moved = api.get(GET, "id=" + ada.get("display_id").asText()).assertStatus(200).body().get("rev_user");
        assertEquals(ada.get("id"), moved.get("id"));
        assertEquals(ada.get("display_id"), moved.get("display_id"));
        assertEquals(globex, moved.at("/rev_org/id").asText());
    }

    @Test
    void a_read_token_may_get() {
        String ada = create("display_name", "Ada").get("display_id").asText();
        long reader = DevUsers.number(DevUsers.create(api, "reader@example.com"));
        assertEquals("Ada", tenant.as(reader, Scope.READ).get(GET, "id=" + ada).assertStatus(200)
            .at("/rev_user/display_name"));
        api.anonymous().get(GET, "id=" + ada).assertError(401, "unauthenticated", null);
    }

    @Test
    void unknown_deleted_and_foreign_users_are_not_found() {
        String ada = create("display_name", "Ada").get("display_id").asText();
        api.post("/rev-users.delete", json("id", ada)).assertStatus(200);
        JsonNode stranger = server.newTenant().admin().post("/rev-users.create", json("display_name", "S"))
            .assertStatus(201).body().get("rev_user");

        api.get(GET, "id=" + ada).assertError(404, "not_found", null).assertMessageContains(ada);
        api.get(GET, "id=REVU-999999999").assertError(404, "not_found", null);
        api.get(GET, "id=" + stranger.get("display_id").asText()).assertError(404, "not_found", null);
        api.post(GET, json("id", stranger.get("id").asText())).assertError(404, "not_found", null);
    }

    @Test
    void a_missing_malformed_or_wrong_kind_id_is_named() {
        api.get(GET).assertError(400, "missing_required_field", "id");
        api.post(GET, "{}").assertError(400, "missing_required_field", "id");
        api.get(GET, "id=nonsense").assertError(400, "invalid_id", "id");
        api.get(GET, "id=DEVU-1").assertError(400, "unexpected_id_type", "id");
        api.post(GET, "{\"id\":5}").assertError(400, "unexpected_json_type", "id");
    }
}
