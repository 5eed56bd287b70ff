package dev.roster.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsDeleteTest extends ApiTest {
    private static final String DELETE = "/accounts.delete";

    private JsonNode create(Object... fields) {
        return api.post("/accounts.create", json(fields)).assertStatus(201).body();
    }

    private int count(String path, String field) {
        return api.get(path).assertStatus(200).body().get(field).size();
    }

    @Test
    void the_account_and_all_its_rev_orgs_are_deleted() {
        String owner = DevUsers.create(api, "owner@example.com").get("display_id").asText();
        String tag = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/display_id");
        JsonNode acme = create("display_name", "Acme", "domains", List.of("acme.com"), "external_refs", List.of("crm-1"),
            "owned_by", List.of(owner), "tags", List.of(Map.of("id", tag)), "websites", List.of("https://acme.com"));
        String id = acme.at("/account/display_id").asText();
        String eu = api.post("/rev-orgs.create", json("account", id, "display_name", "Acme EU")).assertStatus(201)
            .at("/rev_org/display_id");
        String other = create("display_name", "Globex").at("/account/display_id").asText();

        assertEquals("{}", api.post(DELETE, json("id", acme.at("/account/id").asText())).assertStatus(200).body().toString());

        api.post("/accounts.get", json("id", id)).assertError(404, "not_found", null);
        api.post("/rev-orgs.get", json("id", acme.at("/default_rev_org/display_id").asText())).assertError(404, "not_found", null);
        api.post("/rev-orgs.get", json("id", eu)).assertError(404, "not_found", null);
        api.post("/rev-orgs.get", json("account", id)).assertError(404, "not_found", null);
        JsonNode accounts = api.get("/accounts.list").body().get("accounts");
        assertEquals(1, accounts.size());
        assertEquals(other, accounts.get(0).get("display_id").asText());
        assertEquals(1, count("/rev-orgs.list", "rev_orgs"), "only Globex's default rev org is left");
        assertEquals(0, api.post("/accounts.list", json("tags", List.of(tag))).body().get("accounts").size());
        api.post("/tags.get", json("id", tag)).assertStatus(200);
        api.post("/dev-users.get", json("id", owner)).assertStatus(200);
    }

    @Test
    void a_deleted_accounts_domains_and_external_refs_can_be_used_again() {
        String id = create("display_name", "Acme", "domains", List.of("acme.com"), "external_refs", List.of("crm-1"))
            .at("/account/display_id").asText();
        api.post(DELETE, json("id", id)).assertStatus(200);
        JsonNode reborn = create("display_name", "Acme again", "domains", List.of("acme.com"), "external_refs", List.of("crm-1"))
            .get("account");
        assertEquals("[\"acme.com\"]", reborn.get("domains").toString());
    }

    @Test
    void deleting_twice_or_an_unknown_account_is_not_found() {
        String id = create("display_name", "Acme").at("/account/display_id").asText();
        api.post(DELETE, json("id", id)).assertStatus(200);
        api.post(DELETE, json("id", id)).assertError(404, "not_found", null);
        api.post(DELETE, json("id", "ACC-999999999")).assertError(404, "not_found", null);
    }

    @Test
    void the_id_is_required_and_must_be_an_account_id() {
        create("display_name", "Acme");
        api.post(DELETE, "{}").assertError(400, "missing_required_field", "id");
        api.post(DELETE, json("id", "REV-1")).assertError(400, "unexpected_id_type", "id");
        api.post(DELETE, json("id", "acc:1")).assertError(400, "invalid_id", "id");
        assertEquals(1, count("/accounts.list", "accounts"));
    }

    @Test
    void another_tenants_account_cannot_be_deleted() {
        var other = server.newTenant();
        String theirs = other.admin().post("/accounts.create", json("display_name", "Theirs")).assertStatus(201).at("/account/id");
        api.post(DELETE, json("id", theirs)).assertError(404, "not_found", null);
        other.admin().post("/accounts.get", json("id", theirs)).assertStatus(200);
        other.admin().post("/rev-orgs.get", json("account", theirs)).assertStatus(200);
    }

    @Test
    void only_an_admin_token_may_delete_and_a_refused_delete_changes_nothing() {
        JsonNode acme = create("display_name", "Acme");
        String id = acme.at("/account/display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(DELETE, json("id", id)).assertError(403, "forbidden", null);
        tenant.as(bob, Scope.READ).post(DELETE, json("id", id)).assertError(403, "forbidden", null);
        api.anonymous().post(DELETE, json("id", id)).assertError(401, "unauthenticated", null);
        assertEquals(acme.get("account"), api.post("/accounts.get", json("id", id)).body().get("account"));
        assertEquals(acme.get("default_rev_org"), api.post("/rev-orgs.get", json("account", id)).body().get("rev_org"));
    }
}
