package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevUsersGetTest extends ApiTest {
    private static final String GET = "/dev-users.get";

    private static String query(String id) {
        return "id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** Asks by GET and by POST, asserts both answer the same, and answers that one response. */
    private static ApiResponse both(Api client, String id) {
        ApiResponse byGet = client.get(GET, query(id));
        ApiResponse byPost = client.post(GET, json("id", id));
        assertEquals(byGet.status(), byPost.status(), () -> "GET " + byGet.text() + " vs POST " + byPost.text());
        assertEquals(byGet.body(), byPost.body(), "GET and POST answer the same");
        return byGet;
    }

    @Test
    void get_and_post_return_the_same_user_as_created() {
        JsonNode created = api.post("/dev-users.create", json("email", "ada@example.com", "state", "shadow",
            "full_name", "Ada Lovelace", "custom_fields", Map.of("team", "engines", "level", 3)))
            .assertStatus(201).body().get("dev_user");

        JsonNode got = both(api, created.get("display_id").asText()).assertStatus(200).body().get("dev_user");

        assertEquals(created, got);
        assertEquals("Ada Lovelace", got.get("full_name").asText());
        assertEquals(3, got.at("/custom_fields/level").asInt());
    }

    @Test
    void the_id_may_be_a_don_or_a_display_id_in_any_case() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String display = ada.get("display_id").asText();
        String don = "don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":devu/" + DevUsers.number(ada);
        assertEquals(don, ada.get("id").asText());

        for (String id : List.of(display, don, display.toLowerCase(), "DevU-" + DevUsers.number(ada))) {
            JsonNode got = both(api, id).assertStatus(200).body().get("dev_user");
            assertEquals(ada, got, "asked as " + id);
        }
    }

    @Test
    void another_users_record_is_told_apart_from_the_callers() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode bob = DevUsers.create(api, "bob@example.com");
        assertEquals("bob@example.com", both(api, bob.get("id").asText()).at("/dev_user/email"));
        assertEquals("ada@example.com", both(api, ada.get("id").asText()).at("/dev_user/email"));
        assertEquals(tenant.adminDisplayId(), both(api, tenant.adminDisplayId()).at("/dev_user/display_id"));
    }

    @Test
    void a_read_token_suffices_and_sees_other_users() {
        long ada = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        JsonNode bob = DevUsers.create(api, "bob@example.com");

        JsonNode got = both(tenant.as(ada, Scope.READ), bob.get("display_id").asText()).assertStatus(200)
            .body().get("dev_user");

        assertEquals(bob, got);
    }

    @Test
    void a_malformed_id_is_invalid_id() {
        for (String id : List.of("not an id", "DEVU-", "DEVU-abc", "DEVU-0", "DEVU--1", "12", "FOO-1",
            "don:identity:dvrv-us-1:devo/1:devu/", "don:identity:dvrv-us-1:devo/1:widget/1", "")) {
            both(api, id).assertError(400, "invalid_id", "id");
        }
    }

    @Test
    void an_id_of_another_kind_is_unexpected_id_type() {
        for (String id : List.of("REVU-1", "revu-1", "ACC-3", "TAG-4", "REV-2",
            "don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":revu/1",
            "don:core:dvrv-us-1:devo/" + tenant.orgId() + ":tag/1")) {
            both(api, id).assertError(400, "unexpected_id_type", "id").assertMessageContains("dev user");
        }
    }

    @Test
    void a_well_formed_id_that_does_not_exist_is_not_found() {
        both(api, "DEVU-999999999").assertError(404, "not_found", null).assertMessageContains("DEVU-999999999");
        both(api, "don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":devu/999999999").assertError(404, "not_found", null);
    }

    @Test
    void another_tenants_user_is_not_found_by_display_id_or_don() {
        var other = server.newTenant();
        JsonNode stranger = DevUsers.create(other.admin(), "stranger@example.com");

        for (String id : List.of(stranger.get("display_id").asText(), stranger.get("id").asText(),
            other.adminDisplayId())) {
            ApiResponse response = both(api, id).assertError(404, "not_found", null);
            assertTrue(!response.text().contains("stranger@example.com"), "nothing of the other tenant leaks");
        }
        // A DON naming our number under the other org is not ours either.
        String ours = DevUsers.create(api, "ada@example.com").get("display_id").asText().substring(5);
        both(api, "don:identity:dvrv-us-1:devo/" + other.orgId() + ":devu/" + ours).assertError(404, "not_found", null);
        assertEquals("stranger@example.com",
            other.admin().get(GET, query(stranger.get("id").asText())).assertStatus(200).at("/dev_user/email"));
    }

    @Test
    void a_missing_id_is_a_missing_required_field() {
        api.get(GET).assertError(400, "missing_required_field", "id").assertMessageContains("id");
        api.post(GET, "{}").assertError(400, "missing_required_field", "id");
        api.post(GET, "").assertError(400, "missing_required_field", "id");
        api.post(GET, "{\"id\":null}").assertError(400, "missing_required_field", "id");
        api.get(GET, "ids=DEVU-1").assertError(400, "missing_required_field", "id");
    }

    @Test
    void a_non_string_id_in_a_body_is_an_unexpected_json_type() {
        ApiResponse response = api.post(GET, "{\"id\":" + tenant.adminId() + "}")
            .assertError(400, "unexpected_json_type", "id");
        assertEquals("string", response.body().get("expected").asText());
        assertEquals("number", response.body().get("actual").asText());
        api.post(GET, "{\"id\":[\"" + tenant.adminDisplayId() + "\"]}").assertError(400, "unexpected_json_type", "id");
    }

    @Test
    void unknown_fields_are_ignored() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode got = api.post(GET, json("id", ada.get("id").asText(), "expand", List.of("everything")))
            .assertStatus(200).body().get("dev_user");
        assertEquals(ada, got);
        assertEquals(ada, api.get(GET, query(ada.get("id").asText()) + "&expand=all").assertStatus(200)
            .body().get("dev_user"));
    }

    @Test
    void without_a_valid_token_the_call_is_unauthenticated() {
        both(api.anonymous(), tenant.adminDisplayId()).assertError(401, "unauthenticated", null);
        both(api.withToken("not-a-real-token-" + "x".repeat(40)), tenant.adminDisplayId())
            .assertError(401, "unauthenticated", null);
    }
}
