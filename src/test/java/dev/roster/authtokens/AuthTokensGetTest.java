package dev.roster.authtokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Tenant;
import org.junit.jupiter.api.Test;

class AuthTokensGetTest extends ApiTest {
    @Test
    void get_answers_the_tokens_metadata_by_its_don_or_display_id() {
        String jwt = AuthTokens.create(api, json("scope", "read", "token_hint", "ci", "expires_in", 30));
        String id = AuthTokens.id(jwt);

        JsonNode token = api.post("/auth-tokens.get", json("token_id", id)).assertStatus(200).body().get("token");
        assertEquals(id, token.get("id").asText());
        assertEquals("active", token.get("status").asText());
        assertEquals("ci", token.get("token_hint").asText());
        assertEquals("read", token.get("scopes").get(0).asText());
        assertEquals(AuthTokens.PAT, token.get("requested_token_type").asText());
        assertEquals(AuthTokens.claims(jwt).get("sub").asText(), token.get("subject").asText());
        String displayId = token.get("display_id").asText();
        assertEquals(id, api.get("/auth-tokens.get", "token_id=" + displayId).assertStatus(200).at("/token/id"));
    }

    @Test
    void a_user_gets_its_own_tokens_and_another_users_only_with_admin_scope() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.WRITE);
        String adminsToken = AuthTokens.id(AuthTokens.create(api, "{}"));
        String adasToken = AuthTokens.id(AuthTokens.create(adaClient, "{}"));

        adaClient.get("/auth-tokens.get", "token_id=" + adasToken).assertStatus(200);
        adaClient.get("/auth-tokens.get", "token_id=" + adminsToken).assertError(403, "forbidden", null);
        api.get("/auth-tokens.get", "token_id=" + adasToken).assertStatus(200);
    }

    @Test
    void a_missing_malformed_unknown_or_foreign_token_id_is_refused() {
        Tenant other = server.newTenant();
        String foreign = AuthTokens.id(AuthTokens.create(other.admin(), "{}"));

        api.post("/auth-tokens.get", "{}").assertError(400, "missing_required_field", "token_id");
        api.post("/auth-tokens.get", json("token_id", "nonsense")).assertError(400, "invalid_id", "token_id");
        api.post("/auth-tokens.get", json("token_id", "DEVU-1")).assertError(400, "unexpected_id_type", "token_id");
        api.post("/auth-tokens.get", json("token_id", "TOKEN-999999999")).assertError(404, "not_found", null);
        api.post("/auth-tokens.get", json("token_id", foreign)).assertError(404, "not_found", null);
        api.post("/auth-tokens.get", json("token_id", foreign.substring(foreign.lastIndexOf(':') + 1)
            .replace("token/", "TOKEN-"))).assertError(404, "not_found", null);
    }
}
