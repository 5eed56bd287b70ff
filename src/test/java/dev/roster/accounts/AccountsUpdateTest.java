package dev.roster.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsUpdateTest extends ApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String UPDATE = "/accounts.update";

    private String ada;
    private String vip;

    /** Acme with every field set. */
    private JsonNode acme() {
        ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        vip = api.post("/tags.create", json("name", "vip", "allowed_values", List.of("gold", "silver")))
            .assertStatus(201).at("/tag/display_id");
        return api.post("/accounts.create", json("display_name", "Acme", "description", "Rockets", "domains",
            List.of("acme.com"), "external_refs", List.of("crm-1"), "owned_by", List.of(ada), "tags",
            List.of(Map.of("id", vip, "value", "gold")), "tier", "gold", "websites", List.of("https://acme.com"),
            "custom_fields", Map.of("region", "emea"))).assertStatus(201).body().get("account");
    }

    private JsonNode get(String id) {
        return api.post("/accounts.get", json("id", id)).assertStatus(200).body().get("account");
    }

    @Test
    void given_scalar_fields_change_and_absent_ones_stay() {
        JsonNode acme = acme();
        String id = acme.get("display_id").asText();
        JsonNode bob = DevUsers.create(api, "bob@example.com");

        JsonNode updated = tenant.as(DevUsers.number(bob), Scope.ADMIN).post(UPDATE, json("id", id, "description",
            "Anvils", "tier", "silver", "custom_fields", Map.of("region", "apac", "n", 2))).assertStatus(200).body().get("account");

        assertEquals("Anvils", updated.get("description").asText());
        assertEquals("silver", updated.get("tier").asText());
        assertEquals(MAPPER.valueToTree(Map.of("region", "apac", "n", 2)), updated.get("custom_fields"));
        for (String kept : List.of("display_name", "domains", "external_refs", "owned_by", "tags", "websites", "created_by",
            "created_date")) {
            assertEquals(acme.get(kept), updated.get(kept), kept);
        }
        assertEquals(bob.get("display_id"), updated.at("/modified_by/display_id"));
        assertTrue(updated.get("modified_date").asText().compareTo(acme.get("modified_date").asText()) >= 0);
        assertEquals(updated, get(id), "the change is stored");
    }

    @Test
    void list_fields_are_replaced_and_websites_come_as_a_set() {
        JsonNode acme = acme();
        String id = acme.get("id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        String churn = api.post("/tags.create", json("name", "churn")).assertStatus(201).at("/tag/display_id");

        JsonNode updated = api.post(UPDATE, json("id", id, "domains", List.of("Acme.io", "acme.net"), "external_refs",
            List.of("crm-9"), "owned_by", List.of(bob, ada), "tags", List.of(Map.of("id", churn)),
            "websites", Map.of("set", List.of("https://acme.io")))).assertStatus(200).body().get("account");

        assertEquals("[\"acme.io\",\"acme.net\"]", updated.get("domains").toString());
        assertEquals("[\"crm-9\"]", updated.get("external_refs").toString());
        assertEquals(bob, updated.at("/owned_by/0/display_id").asText());
        assertEquals(ada, updated.at("/owned_by/1/display_id").asText());
        assertEquals(1, updated.get("tags").size());
        assertEquals("churn", updated.at("/tags/0/tag/name").asText());
        assertEquals("[\"https://acme.io\"]", updated.get("websites").toString());
        assertEquals(updated, get(id));

        JsonNode emptied = api.post(UPDATE, json("id", id, "domains", List.of(), "owned_by", List.of(), "tags", List.of(),
            "websites", Map.of("set", List.of()))).assertStatus(200).body().get("account");
        assertEquals("[]", emptied.get("owned_by").toString());
        assertEquals("[\"crm-9\"]", emptied.get("external_refs").toString());
        for (String field : List.of("domains", "tags", "websites")) {
            assertEquals("[]", emptied.path(field).toString(), field + " emptied: " + emptied);
        }
        api.post("/accounts.create", json("display_name", "New", "domains", List.of("acme.io"))).assertStatus(201);
    }

    @Test
    void renaming_an_account_renames_its_default_rev_org() {
        String id = acme().get("display_id").asText();
        api.post(UPDATE, json("id", id, "display_name", "Acme Corp")).assertStatus(200);
        JsonNode revOrg = api.post("/rev-orgs.get", json("account", id)).assertStatus(200).body().get("rev_org");
        assertEquals("Acme Corp", revOrg.get("display_name").asText());
        assertEquals("Acme Corp", revOrg.at("/account/display_name").asText());
    }

    @Test
    void a_domain_or_external_ref_of_another_account_is_a_conflict_and_nothing_changes() {
        JsonNode acme = acme();
        JsonNode globex = api.post("/accounts.create", json("display_name", "Globex", "domains", List.of("globex.com")))
            .assertStatus(201).body().get("account");
        String globexId = globex.get("display_id").asText();

        api.post(UPDATE, json("id", globexId, "display_name", "Renamed", "domains", List.of("globex.com", "ACME.COM")))
            .assertError(409, "conflict", null).assertMessageContains(acme.get("display_id").asText());
        api.post(UPDATE, json("id", globexId, "tier", "x", "external_refs", List.of("crm-1")))
            .assertError(409, "conflict", null).assertMessageContains(acme.get("display_id").asText());

        assertEquals(globex, get(globexId));
        assertEquals(acme, get(acme.get("display_id").asText()));
        assertEquals("Globex", api.post("/rev-orgs.get", json("account", globexId)).at("/rev_org/display_name"));
    }

    @Test
    void an_account_may_keep_its_own_domains_and_refs() {
        JsonNode acme = acme();
        JsonNode updated = api.post(UPDATE, json("id", acme.get("id").asText(), "domains", List.of("acme.com", "acme.org"),
            "external_refs", List.of("crm-1"))).assertStatus(200).body().get("account");
        assertEquals("[\"acme.com\",\"acme.org\"]", updated.get("domains").toString());
    }

    @Test
    void invalid_values_are_rejected_and_nothing_changes() {
        JsonNode acme = acme();
        String id = acme.get("display_id").asText();
        api.post(UPDATE, json("id", id, "display_name", "")).assertError(400, "value_not_permitted", "display_name");
        api.post(UPDATE, json("id", id, "domains", List.of("bad domain"))).assertError(400, "value_not_permitted", "domains");
        api.post(UPDATE, json("id", id, "external_refs", List.of("a", "a"))).assertError(400, "value_not_permitted", "external_refs");
        api.post(UPDATE, json("id", id, "websites", List.of("https://x.io"))).assertError(400, "unexpected_json_type", "websites");
        api.post(UPDATE, json("id", id, "websites", Map.of())).assertError(400, "missing_required_field", "websites.set");
        api.post(UPDATE, json("id", id, "tags", List.of(Map.of("id", vip, "value", "bronze"))))
            .assertError(400, "value_not_permitted", "tags");
        api.post(UPDATE, json("id", id, "tags", List.of(Map.of("id", "TAG-999999999")))).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", id, "description", "x", "owned_by", List.of("DEVU-999999999")))
            .assertError(404, "not_found", null).assertMessageContains("DEVU-999999999");
        assertEquals(acme, get(id));
    }

    @Test
    void the_id_must_name_an_account_of_this_dev_org() {
        api.post(UPDATE, json("tier", "x")).assertError(400, "missing_required_field", "id");
        api.post(UPDATE, json("id", "x y", "tier", "x")).assertError(400, "invalid_id", "id");
        api.post(UPDATE, json("id", "REV-1", "tier", "x")).assertError(400, "unexpected_id_type", "id");
        api.post(UPDATE, json("id", "ACC-999999999", "tier", "x")).assertError(404, "not_found", null);
        var other = server.newTenant();
        String theirs = other.admin().post("/accounts.create", json("display_name", "Theirs")).assertStatus(201).at("/account/id");
        api.post(UPDATE, json("id", theirs, "display_name", "Mine")).assertError(404, "not_found", null);
        assertEquals("Theirs", other.admin().post("/accounts.get", json("id", theirs)).at("/account/display_name"));
    }

    @Test
    void only_an_admin_token_may_update() {
        JsonNode acme = acme();
        String id = acme.get("display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(UPDATE, json("id", id, "tier", "x")).assertError(403, "forbidden", null);
        api.anonymous().post(UPDATE, json("id", id, "tier", "x")).assertError(401, "unauthenticated", null);
        assertEquals(acme, get(id));
    }
}
