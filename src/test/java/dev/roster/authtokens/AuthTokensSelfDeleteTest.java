package dev.roster.authtokens;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import org.junit.jupiter.api.Test;

class AuthTokensSelfDeleteTest extends ApiTest {
    @Test
    void self_delete_revokes_every_token_of_the_caller_of_that_type_and_no_one_elses() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.WRITE);
        Api second = adaClient.withToken(AuthTokens.create(adaClient, "{}"));

        adaClient.post("/auth-tokens.self.delete", json("requested_token_type", AuthTokens.PAT)).assertStatus(200);

        adaClient.get("/dev-users.self").assertError(401, "unauthenticated", null);
        second.get("/dev-users.self").assertError(401, "unauthenticated", null);
        api.get("/dev-users.self").assertStatus(200);
    }

    @Test
    void without_a_type_it_revokes_tokens_of_the_presenting_tokens_type() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.READ);

        adaClient.post("/auth-tokens.self.delete", "{}").assertStatus(200);

        adaClient.get("/dev-users.self").assertError(401, "unauthenticated", null);
    }

    @Test
    void the_last_admin_cannot_revoke_all_its_tokens_and_a_bad_type_is_refused() {
        api.post("/auth-tokens.self.delete", "{}").assertError(400, "value_not_permitted", "requested_token_type");
        api.post("/auth-tokens.self.delete", json("requested_token_type", "pat"))
            .assertError(400, "invalid_enum_value", "requested_token_type");
        api.get("/dev-users.self").assertStatus(200);
    }
}
