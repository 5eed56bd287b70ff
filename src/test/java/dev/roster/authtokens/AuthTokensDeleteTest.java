package dev.roster.authtokens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import org.junit.jupiter.api.Test;

class AuthTokensDeleteTest extends ApiTest {
    @Test
    void delete_revokes_the_named_token_at_once() {
        String jwt = AuthTokens.create(api, "{}");
        api.withToken(jwt).get("/dev-users.self").assertStatus(200);

        api.post("/auth-tokens.delete", json("token_id", AuthTokens.id(jwt))).assertStatus(200);

        api.withToken(jwt).get("/dev-users.self").assertError(401, "unauthenticated", null);
        api.get("/dev-users.self").assertStatus(200);
        api.post("/auth-tokens.delete", json("token_id", AuthTokens.id(jwt))).assertStatus(200);
    }

    @Test
    void without_a_token_id_it_revokes_the_token_presenting_the_request() {
        Api reader = api.withToken(AuthTokens.create(api, json("scope", "read")));

        reader.post("/auth-tokens.delete", "{}").assertStatus(200);

        reader.get("/dev-users.self").assertError(401, "unauthenticated", null);
        api.get("/dev-users.self").assertStatus(200);
    }

    @Test
    void another_users_token_needs_admin_and_the_last_admin_token_stays() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.WRITE);
        String adminToken = AuthTokens.id(AuthTokens.create(api, "{}"));

        adaClient.post("/auth-tokens.delete", json("token_id", adminToken)).assertError(403, "forbidden", null);
        api.post("/auth-tokens.delete", json("token_id", adminToken)).assertStatus(200);
        api.post("/auth-tokens.delete", "{}").assertError(400, "value_not_permitted", "token_id")
            .assertMessageContains("admin");
        api.get("/dev-users.self").assertStatus(200);
        api.post("/auth-tokens.delete", json("token_id", "TOKEN-999999999")).assertError(404, "not_found", null);
        api.post("/auth-tokens.delete", json("token_id", "DEVU-1")).assertError(400, "unexpected_id_type", "token_id");
    }
}
