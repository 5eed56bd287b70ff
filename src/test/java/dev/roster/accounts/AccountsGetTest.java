package dev.roster.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountsGetTest extends ApiTest {
    private static final String GET = "/accounts.get";

    private JsonNode create(String name, String domain) {
        return api.post("/accounts.create", json("display_name", name, "domains", List.of(domain)))
            .assertStatus(201).body().get("account");
    }

    @Test
    void an_account_is_found_by_display_id_or_don_with_get_or_post() {
        JsonNode account = create("Acme", "acme.com");
        String displayId = account.get("display_id").asText();

        assertEquals(account, api.get(GET, "id=" + displayId).assertStatus(200).body().get("account"));
        assertEquals(account, api.get(GET, "id=" + account.get("id").asText()).assertStatus(200).body().get("account"));
        assertEquals(account, api.post(GET, json("id", displayId.toLowerCase())).assertStatus(200).body().get("account"));
        assertEquals(account, api.post(GET, json("id", account.get("id").asText())).assertStatus(200).body().get("account"));
    }

    @Test
    void each_id_answers_its_own_account() {
        JsonNode acme = create("Acme", "acme.com");
        JsonNode globex = create("Globex", "globex.com");
        assertEquals("Acme", api.post(GET, json("id", acme.get("display_id").asText())).at("/account/display_name"));
        assertEquals("[\"globex.com\"]", api.post(GET, json("id", globex.get("display_id").asText()))
            .body().at("/account/domains").toString());
    }

    @Test
    void a_read_token_may_get_an_account() {
        JsonNode account = create("Acme", "acme.com");
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        assertEquals(account, tenant.as(bob, Scope.READ).post(GET, json("id", account.get("display_id").asText()))
            .assertStatus(200).body().get("account"));
        api.anonymous().post(GET, json("id", account.get("display_id").asText())).assertError(401, "unauthenticated", null);
    }

    @Test
    void a_missing_malformed_wrong_kind_or_unknown_id_is_told_apart() {
        api.post(GET, "{}").assertError(400, "missing_required_field", "id");
        api.post(GET, json("id", "acc")).assertError(400, "invalid_id", "id");
        api.post(GET, json("id", "REV-1")).assertError(400, "unexpected_id_type", "id");
        api.post(GET, json("id", "TAG-1")).assertError(400, "unexpected_id_type", "id");
        api.post(GET, json("id", "ACC-999999999")).assertError(404, "not_found", null).assertMessageContains("ACC-999999999");
    }

    @Test
    void another_tenants_account_is_not_found() {
        String foreign = server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs"))
            .assertStatus(201).at("/account/id");
        api.post(GET, json("id", foreign)).assertError(404, "not_found", null);
        api.post(GET, json("id", "ACC-" + foreign.substring(foreign.lastIndexOf('/') + 1))).assertError(404, "not_found", null);
    }
}
