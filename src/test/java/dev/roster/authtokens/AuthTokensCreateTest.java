package dev.roster.authtokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import org.junit.jupiter.api.Test;

class AuthTokensCreateTest extends ApiTest {
    private int tokenCount(Api client) {
        return client.get("/auth-tokens.list").assertStatus(200).body().get("tokens").size();
    }

    @Test
    void a_personal_access_token_is_a_jwt_whose_claims_name_the_user_org_and_scope() {
        JsonNode created = api.post("/auth-tokens.create", json("scope", "write", "expires_in", 7, "token_hint", "ci"))
            .assertStatus(201).body();
        String jwt = created.get("access_token").asText();

        assertEquals("bearer", created.get("token_type").asText());
        assertEquals(7 * 86_400, created.get("expires_in").asLong());
        assertEquals("write", created.get("scope").asText());
        JsonNode claims = AuthTokens.claims(jwt);
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":devu/" + tenant.adminId(), claims.get("sub").asText());
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId(), claims.get("org_id").asText());
        assertEquals("write", claims.get("scope").asText());
        assertEquals(7 * 86_400, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertTrue(claims.get("jti").asText().startsWith("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":token/"));
        assertEquals(tenant.adminDisplayId(), api.withToken(jwt).get("/dev-users.self").assertStatus(200).at("/dev_user/display_id"));
        api.withToken(jwt).post("/dev-users.create", json("email", "x@example.com")).assertError(403, "forbidden", null);
    }

    @Test
    void without_fields_it_issues_a_pat_with_the_callers_scope_for_90_days() {
        Api writer = tenant.as(tenant.adminId(), Scope.WRITE);
        JsonNode created = writer.post("/auth-tokens.create", "{}").assertStatus(201).body();

        assertEquals("write", created.get("scope").asText());
        assertEquals(90L * 86_400, created.get("expires_in").asLong());
        assertEquals(AuthTokens.PAT, AuthTokens.claims(created.get("access_token").asText()).get("token_type").asText());
    }

    @Test
    void a_scope_broader_than_the_callers_is_refused_and_nothing_is_issued() {
        Api reader = tenant.as(tenant.adminId(), Scope.READ);
        int before = tokenCount(reader);

        reader.post("/auth-tokens.create", json("scope", "admin")).assertError(400, "value_not_permitted", "scope")
            .assertMessageContains("broader");
        reader.post("/auth-tokens.create", json("scope", "everything")).assertError(400, "invalid_enum_value", "scope");

        assertEquals(before, tokenCount(reader));
    }

    @Test
    void a_token_type_roster_does_not_issue_is_refused_naming_the_ones_it_does() {
        api.post("/auth-tokens.create", json("requested_token_type", "urn:devrev:params:oauth:token-type:aat"))
            .assertError(400, "invalid_enum_value", "requested_token_type")
            .assertMessageContains(AuthTokens.PAT).assertMessageContains(AuthTokens.REV);
    }

    @Test
    void expires_in_must_be_from_1_to_365_days() {
        api.post("/auth-tokens.create", json("expires_in", 0)).assertError(400, "value_not_permitted", "expires_in");
        api.post("/auth-tokens.create", json("expires_in", 366)).assertError(400, "value_not_permitted", "expires_in")
            .assertMessageContains("365");
        api.post("/auth-tokens.create", json("expires_in", "7")).assertError(400, "unexpected_json_type", "expires_in");
        api.post("/auth-tokens.create", json("expires_in", 365)).assertStatus(201);
    }

    @Test
    void an_admin_acts_as_another_dev_user_and_the_token_is_that_users() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String jwt = AuthTokens.create(api, json("act_as", ada.get("display_id").asText(), "scope", "read"));

        assertEquals(ada.get("id").asText(), AuthTokens.claims(jwt).get("sub").asText());
        assertEquals(ada.get("display_id").asText(), api.withToken(jwt).get("/dev-users.self").assertStatus(200)
            .at("/dev_user/display_id"));
    }

    @Test
    void act_as_needs_admin_and_a_live_dev_user_of_the_org() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String adaId = ada.get("display_id").asText();
        tenant.as(DevUsers.number(ada), Scope.WRITE).post("/auth-tokens.create", json("act_as", tenant.adminDisplayId()))
            .assertError(403, "forbidden", null);

        api.post("/dev-users.deactivate", json("id", adaId)).assertStatus(200);
        api.post("/auth-tokens.create", json("act_as", adaId)).assertError(400, "value_not_permitted", "act_as")
            .assertMessageContains("deactivated");
        api.post("/auth-tokens.create", json("act_as", "DEVU-999999999")).assertError(404, "not_found", null);
        api.post("/auth-tokens.create", json("act_as", "REVU-1")).assertError(400, "unexpected_id_type", "act_as");
        api.post("/auth-tokens.create", json("act_as", "don:identity:dvrv-us-1:devo/999999:devu/1"))
            .assertError(404, "not_found", null);
    }

    @Test
    void the_token_is_shown_only_in_the_create_answer() {
        String jwt = AuthTokens.create(api, json("token_hint", "laptop"));
        String listed = api.get("/auth-tokens.list").assertStatus(200).text();
        String got = api.get("/auth-tokens.get", "token_id=" + AuthTokens.id(jwt)).assertStatus(200).text();

        assertFalse(listed.contains(jwt.split("\\.")[2]));
        assertFalse(got.contains(jwt.split("\\.")[2]));
        assertTrue(got.contains("laptop"));
    }
}
