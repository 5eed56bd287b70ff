package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevUsersSelfTest extends ApiTest {
    private static final String SELF = "/dev-users.self";

    /** Asks by GET and by POST, asserts both answer the same, and answers that one response. */
    private static ApiResponse both(Api client) {
        ApiResponse byGet = client.get(SELF);
        ApiResponse byPost = client.post(SELF, "{}");
        assertEquals(byGet.status(), byPost.status(), () -> "GET " + byGet.text() + " vs POST " + byPost.text());
        assertEquals(byGet.body(), byPost.body(), "GET and POST answer the same");
        return byGet;
    }

    private JsonNode fetch(String id) {
        return api.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    @Test
    void the_admin_token_answers_the_admin() {
        JsonNode me = both(api).assertStatus(200).body().get("dev_user");

        assertEquals(tenant.adminDisplayId(), me.get("display_id").asText());
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":devu/" + tenant.adminId(), me.get("id").asText());
        assertEquals("active", me.get("state").asText());
        assertEquals(fetch(tenant.adminDisplayId()), me, "self is the same object get answers");
    }

    @Test
    void each_token_answers_its_own_user_with_every_scope() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode bob = DevUsers.create(api, "bob@example.com");

        for (Scope scope : Scope.values()) {
            JsonNode asAda = both(tenant.as(DevUsers.number(ada), scope)).assertStatus(200).body().get("dev_user");
            JsonNode asBob = both(tenant.as(DevUsers.number(bob), scope)).assertStatus(200).body().get("dev_user");
            assertEquals(ada, asAda, "a " + scope + " token");
            assertEquals(bob, asBob, "a " + scope + " token");
        }
    }

    @Test
    void a_read_token_suffices() {
        long ada = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        JsonNode me = both(tenant.as(ada, Scope.READ)).assertStatus(200).body().get("dev_user");
        assertEquals("DEVU-" + ada, me.get("display_id").asText());
        assertEquals("ada@example.com", me.get("email").asText());
    }

    @Test
    void self_reflects_the_latest_changes_to_the_user() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();
        api.post("/dev-users.update", json("id", id, "display_name", "Countess", "job_title", "developer"))
            .assertStatus(200);
        api.post("/dev-users.identities.link", json("dev_user", id, "issuer", "github", "id", "ada-gh"))
            .assertStatus(200);

        JsonNode me = both(tenant.as(DevUsers.number(ada), Scope.READ)).assertStatus(200).body().get("dev_user");

        assertEquals("Countess", me.get("display_name").asText());
        assertEquals("developer", me.get("job_title").asText());
        assertEquals("ada-gh", me.at("/external_identities/0/id").asText());
        assertEquals(fetch(id), me);
    }

    @Test
    void an_id_given_to_self_is_ignored() {
        JsonNode bob = DevUsers.create(api, "bob@example.com");
        long ada = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        Api asAda = tenant.as(ada, Scope.READ);

        assertEquals("DEVU-" + ada, asAda.post(SELF, json("id", bob.get("id").asText())).assertStatus(200)
            .at("/dev_user/display_id"));
        assertEquals("DEVU-" + ada, asAda.get(SELF, "id=" + bob.get("display_id").asText()).assertStatus(200)
            .at("/dev_user/display_id"));
    }

    @Test
    void an_empty_post_body_counts_as_an_empty_object() {
        assertEquals(tenant.adminDisplayId(), api.post(SELF, "").assertStatus(200).at("/dev_user/display_id"));
    }

    @Test
    void a_malformed_post_body_is_a_parse_error() {
        api.post(SELF, "{").assertError(400, "parse_error", null);
        api.post(SELF, "[]").assertError(400, "parse_error", null);
    }

    @Test
    void without_a_valid_token_the_call_is_unauthenticated() {
        both(api.anonymous()).assertError(401, "unauthenticated", null);
        both(api.withToken("x".repeat(43))).assertError(401, "unauthenticated", null);
    }

    @Test
    void each_tenants_admin_token_answers_its_own_admin() {
        var other = server.newTenant();
        for (var t : List.of(tenant, other)) {
            JsonNode me = both(t.admin()).assertStatus(200).body().get("dev_user");
            assertEquals(t.adminDisplayId(), me.get("display_id").asText());
            assertEquals("don:identity:dvrv-us-1:devo/" + t.orgId() + ":devu/" + t.adminId(), me.get("id").asText());
        }
    }
}
