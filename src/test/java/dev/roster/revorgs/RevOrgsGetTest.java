package dev.roster.revorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import org.junit.jupiter.api.Test;

class RevOrgsGetTest extends ApiTest {
    private static final String GET = "/rev-orgs.get";

    /** An account with a second rev org: answers {account, default_rev_org, branch}. */
    private JsonNode[] acme() {
        JsonNode created = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).body();
        JsonNode branch = api.post("/rev-orgs.create", json("account", created.at("/account/display_id").asText(),
            "display_name", "Acme EU", "external_ref", "eu")).assertStatus(201).body().get("rev_org");
        return new JsonNode[] {created.get("account"), created.get("default_rev_org"), branch};
    }

    @Test
    void a_rev_org_is_found_by_display_id_or_don_with_get_or_post() {
        JsonNode branch = acme()[2];
        String displayId = branch.get("display_id").asText();
        assertEquals(branch, api.get(GET, "id=" + displayId).assertStatus(200).body().get("rev_org"));
        assertEquals(branch, api.get(GET, "id=" + branch.get("id").asText()).assertStatus(200).body().get("rev_org"));
        assertEquals(branch, api.post(GET, json("id", displayId.toLowerCase())).assertStatus(200).body().get("rev_org"));
        assertEquals(branch, api.post(GET, json("id", branch.get("id").asText())).assertStatus(200).body().get("rev_org"));
    }

    @Test
    void by_account_the_accounts_default_rev_org_is_answered() {
        JsonNode[] acme = acme();
        String account = acme[0].get("display_id").asText();
        assertEquals(acme[1], api.post(GET, json("account", account)).assertStatus(200).body().get("rev_org"));
        assertEquals(acme[1], api.get(GET, "account=" + acme[0].get("id").asText()).assertStatus(200).body().get("rev_org"));
        assertEquals(acme[2], api.post(GET, json("id", acme[2].get("display_id").asText(), "account", account))
            .assertStatus(200).body().get("rev_org"), "an id wins over an account");
    }

    @Test
    void neither_id_nor_account_is_a_missing_field() {
        acme();
        api.post(GET, "{}").assertError(400, "missing_required_field", "id");
        api.get(GET).assertError(400, "missing_required_field", "id");
    }

    @Test
    void malformed_wrong_kind_and_unknown_ids_are_told_apart() {
        api.post(GET, json("id", "REV-x")).assertError(400, "invalid_id", "id");
        api.post(GET, json("id", "ACC-1")).assertError(400, "unexpected_id_type", "id");
        api.post(GET, json("id", "REV-999999999")).assertError(404, "not_found", null).assertMessageContains("REV-999999999");
        api.post(GET, json("account", "REV-1")).assertError(400, "unexpected_id_type", "account");
        api.post(GET, json("account", "ACC-999999999")).assertError(404, "not_found", null);
    }

    @Test
    void another_tenants_rev_org_is_not_found_by_id_or_account() {
        JsonNode theirs = server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs"))
            .assertStatus(201).body();
        api.post(GET, json("id", theirs.at("/default_rev_org/id").asText())).assertError(404, "not_found", null);
        api.post(GET, json("account", theirs.at("/account/id").asText())).assertError(404, "not_found", null);
    }

    @Test
    void a_read_token_may_get_a_rev_org() {
        JsonNode branch = acme()[2];
        long reader = DevUsers.number(DevUsers.create(api, "reader@example.com"));
        assertEquals(branch, tenant.as(reader, Scope.READ).post(GET, json("id", branch.get("display_id").asText()))
            .assertStatus(200).body().get("rev_org"));
        api.anonymous().post(GET, json("id", branch.get("display_id").asText())).assertError(401, "unauthenticated", null);
    }
}
