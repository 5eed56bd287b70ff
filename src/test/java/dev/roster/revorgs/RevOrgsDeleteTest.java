package dev.roster.revorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevOrgsDeleteTest extends ApiTest {
    private static final String DELETE = "/rev-orgs.delete";

    private JsonNode account(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body();
    }

    private JsonNode branch(String account, Object... more) {
        Object[] fields = new Object[more.length + 4];
        fields[0] = "account";
        fields[1] = account;
        fields[2] = "display_name";
        fields[3] = "Branch";
        System.arraycopy(more, 0, fields, 4, more.length);
        return api.post("/rev-orgs.create", json(fields)).assertStatus(201).body().get("rev_org");
    }

    private int revOrgs() {
        return api.get("/rev-orgs.list").assertStatus(200).body().get("rev_orgs").size();
    }

    @Test
    void a_non_default_rev_org_is_deleted_and_its_account_stays() {
        JsonNode acme = account("Acme");
        String accountId = acme.at("/account/display_id").asText();
        String tag = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/display_id");
        JsonNode branch = branch(accountId, "external_ref", "erp-1", "tags", List.of(Map.of("id", tag)));

        assertEquals("{}", api.post(DELETE, json("id", branch.get("id").asText())).assertStatus(200).body().toString());

        api.post("/rev-orgs.get", json("id", branch.get("display_id").asText())).assertError(404, "not_found", null);
        assertEquals(1, revOrgs());
        assertEquals(0, api.post("/rev-orgs.list", json("tags", List.of(tag))).body().get("rev_orgs").size());
        assertEquals(acme.get("account"), api.post("/accounts.get", json("id", accountId)).assertStatus(200).body().get("account"));
        assertEquals(acme.get("default_rev_org"), api.post("/rev-orgs.get", json("account", accountId)).body().get("rev_org"));
        branch(accountId, "external_ref", "erp-1");
    }

    @Test
    void an_accounts_default_rev_org_cannot_be_deleted() {
        JsonNode acme = account("Acme");
        String defaultId = acme.at("/default_rev_org/display_id").asText();

        api.post(DELETE, json("id", defaultId)).assertError(400, "value_not_permitted", "id")
            .assertMessageContains(acme.at("/account/display_id").asText());

        assertEquals(acme.get("default_rev_org"), api.post("/rev-orgs.get", json("id", defaultId)).body().get("rev_org"));
    }

    @Test
    void deleting_twice_or_an_unknown_rev_org_is_not_found() {
        String branch = branch(account("Acme").at("/account/display_id").asText()).get("display_id").asText();
        api.post(DELETE, json("id", branch)).assertStatus(200);
        api.post(DELETE, json("id", branch)).assertError(404, "not_found", null);
        api.post(DELETE, json("id", "REV-999999999")).assertError(404, "not_found", null);
    }

    @Test
    void the_id_is_required_and_must_be_a_rev_org_id() {
        account("Acme");
        api.post(DELETE, "{}").assertError(400, "missing_required_field", "id");
        api.post(DELETE, json("id", "ACC-1")).assertError(400, "unexpected_id_type", "id");
        api.post(DELETE, json("id", "revo")).assertError(400, "invalid_id", "id");
        assertEquals(1, revOrgs());
    }

    @Test
    void another_tenants_rev_org_cannot_be_deleted() {
        var other = server.newTenant();
        String account = other.admin().post("/accounts.create", json("display_name", "Theirs")).assertStatus(201).at("/account/id");
        String theirs = other.admin().post("/rev-orgs.create", json("account", account, "display_name", "B"))
            .assertStatus(201).at("/rev_org/id");
        api.post(DELETE, json("id", theirs)).assertError(404, "not_found", null);
        other.admin().post("/rev-orgs.get", json("id", theirs)).assertStatus(200);
    }

    @Test
    void only_an_admin_token_may_delete() {
        JsonNode branch = branch(account("Acme").at("/account/display_id").asText());
        String id = branch.get("display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(DELETE, json("id", id)).assertError(403, "forbidden", null);
        api.anonymous().post(DELETE, json("id", id)).assertError(401, "unauthenticated", null);
        assertEquals(branch, api.post("/rev-orgs.get", json("id", id)).body().get("rev_org"));
    }
}
