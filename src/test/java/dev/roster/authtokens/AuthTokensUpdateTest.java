package dev.roster.authtokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import org.junit.jupiter.api.Test;

class AuthTokensUpdateTest extends ApiTest {
    @Test
    void update_sets_the_hint_and_answers_the_token() {
        String id = AuthTokens.id(AuthTokens.create(api, json("token_hint", "old")));

        JsonNode token = api.post("/auth-tokens.update", json("token_id", id, "token_hint", "new")).assertStatus(200)
            .body().get("token");

        assertEquals("new", token.get("token_hint").asText());
        assertEquals("new", api.get("/auth-tokens.get", "token_id=" + id).assertStatus(200).at("/token/token_hint"));
    }

    @Test
    void bad_input_changes_nothing() {
        String id = AuthTokens.id(AuthTokens.create(api, json("token_hint", "kept")));
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.WRITE);

        api.post("/auth-tokens.update", json("token_id", id)).assertError(400, "missing_required_field", "token_hint");
        api.post("/auth-tokens.update", json("token_hint", "x")).assertError(400, "missing_required_field", "token_id");
        api.post("/auth-tokens.update", json("token_id", id, "token_hint", " ")).assertError(400, "value_not_permitted", "token_hint");
        api.post("/auth-tokens.update", json("token_id", id, "token_hint", "x".repeat(257)))
            .assertError(400, "value_not_permitted", "token_hint");
        adaClient.post("/auth-tokens.update", json("token_id", id, "token_hint", "mine")).assertError(403, "forbidden", null);

        assertEquals("kept", api.get("/auth-tokens.get", "token_id=" + id).assertStatus(200).at("/token/token_hint"));
    }
}
