package dev.roster.authtokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthTokensListTest extends ApiTest {
    private static List<String> ids(JsonNode tokens) {
        List<String> ids = new ArrayList<>();
        tokens.forEach(token -> ids.add(token.get("id").asText()));
        return ids;
    }

    @Test
    void list_defaults_to_the_callers_own_tokens_newest_first_with_their_status() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.WRITE);
        String first = AuthTokens.id(AuthTokens.create(adaClient, "{}"));
        String second = AuthTokens.id(AuthTokens.create(adaClient, "{}"));
        AuthTokens.create(api, "{}");
        adaClient.post("/auth-tokens.delete", json("token_id", first)).assertStatus(200);

        JsonNode tokens = adaClient.get("/auth-tokens.list").assertStatus(200).body().get("tokens");

        List<String> ids = ids(tokens);
        assertEquals(3, ids.size(), "the token tenant.as made, and the two created: " + tokens);
        assertEquals(List.of(second, first), ids.subList(0, 2));
        assertEquals("revoked", tokens.get(1).get("status").asText());
        assertEquals("active", tokens.get(0).get("status").asText());
    }

    @Test
    void another_subjects_tokens_need_admin_scope() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api adaClient = tenant.as(DevUsers.number(ada), Scope.WRITE);
        String adas = AuthTokens.id(AuthTokens.create(adaClient, "{}"));

        assertTrue(ids(api.get("/auth-tokens.list", "subject=" + ada.get("display_id").asText()).assertStatus(200)
            .body().get("tokens")).contains(adas));
        adaClient.post("/auth-tokens.list", json("subject", tenant.adminDisplayId())).assertError(403, "forbidden", null);
        adaClient.post("/auth-tokens.list", json("subject", ada.get("id").asText())).assertStatus(200);
    }

    @Test
    void a_bad_subject_or_type_is_refused() {
        api.post("/auth-tokens.list", json("subject", "TAG-1")).assertError(400, "unexpected_id_type", "subject");
        api.post("/auth-tokens.list", json("subject", "DEVU-999999999")).assertError(404, "not_found", null);
        api.post("/auth-tokens.list", json("subject", "REVU-999999999")).assertError(404, "not_found", null);
        api.post("/auth-tokens.list", json("subject", "don:identity:dvrv-us-1:devo/999999:devu/1"))
            .assertError(404, "not_found", null);
        api.post("/auth-tokens.list", json("requested_token_type", "urn:devrev:params:oauth:token-type:aat"))
            .assertError(400, "invalid_enum_value", "requested_token_type");
    }

    @Test
    void the_type_filter_keeps_only_that_type() {
        AuthTokens.create(api, "{}");
        assertEquals(0, api.get("/auth-tokens.list", "requested_token_type=" + AuthTokens.REV).assertStatus(200)
            .body().get("tokens").size());
        assertTrue(api.get("/auth-tokens.list", "requested_token_type=" + AuthTokens.PAT).assertStatus(200)
            .body().get("tokens").size() >= 2);
    }
}
