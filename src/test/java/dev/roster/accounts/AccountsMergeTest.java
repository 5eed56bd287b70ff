package dev.roster.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsMergeTest extends ApiTest {
    private static final String MERGE = "/accounts.merge";

    private String ada;
    private String bob;
    private String vip;
    private String churn;

    private JsonNode account(Object... fields) {
        return api.post("/accounts.create", json(fields)).assertStatus(201).body();
    }

    private JsonNode get(String id) {
        return api.post("/accounts.get", json("id", id)).assertStatus(200).body().get("account");
    }

    private void people() {
        ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        vip = api.post("/tags.create", json("name", "vip", "allowed_values", List.of("gold", "silver")))
            .assertStatus(201).at("/tag/display_id");
        churn = api.post("/tags.create", json("name", "churn")).assertStatus(201).at("/tag/display_id");
    }

    private static List<String> at(JsonNode array, String pointer) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.at(pointer).asText()));
        return values;
    }

    @Test
    void the_secondarys_rev_orgs_and_list_fields_move_to_the_primary_and_the_secondary_is_gone() {
        people();
        JsonNode acme = account("display_name", "Acme", "domains", List.of("acme.com"), "external_refs", List.of("crm-1"),
            "websites", List.of("https://acme.com"), "owned_by", List.of(ada), "tags", List.of(Map.of("id", vip, "value", "gold")));
        JsonNode globex = account("display_name", "Globex", "domains", List.of("globex.com"), "external_refs",
            List.of("crm-2"), "websites", List.of("https://globex.com"), "owned_by", List.of(bob, ada),
            "tags", List.of(Map.of("id", vip, "value", "silver"), Map.of("id", churn)));
        String primary = acme.at("/account/display_id").asText();
        String secondary = globex.at("/account/display_id").asText();
        String secondaryDefault = globex.at("/default_rev_org/display_id").asText();
        String secondaryEu = api.post("/rev-orgs.create", json("account", secondary, "display_name", "Globex EU"))
            .assertStatus(201).at("/rev_org/display_id");
        long merger = DevUsers.number(DevUsers.create(api, "merger@example.com"));

        assertEquals("{}", tenant.as(merger, Scope.ADMIN).post(MERGE, json("primary_account", primary,
            "secondary_account", globex.at("/account/id").asText())).assertStatus(200).body().toString());

        api.post("/accounts.get", json("id", secondary)).assertError(404, "not_found", null);
        JsonNode merged = get(primary);
        assertEquals(List.of("acme.com", "globex.com"), at(merged.get("domains"), ""));
        assertEquals(List.of("crm-1", "crm-2"), at(merged.get("external_refs"), ""));
        assertEquals(List.of("https://acme.com", "https://globex.com"), at(merged.get("websites"), ""));
        assertEquals(List.of(ada, bob), at(merged.get("owned_by"), "/display_id"));
        assertEquals(List.of("vip", "churn"), at(merged.get("tags"), "/tag/name"));
        assertEquals("gold", merged.at("/tags/0/value").asText(), "the primary's value is kept");
        assertEquals("Acme", merged.get("display_name").asText());
        assertEquals("DEVU-" + merger, merged.at("/modified_by/display_id").asText());
        assertTrue(merged.get("modified_date").asText().compareTo(acme.at("/account/modified_date").asText()) >= 0);

        for (String revOrg : List.of(secondaryDefault, secondaryEu)) {
            JsonNode moved = api.post("/rev-orgs.get", json("id", revOrg)).assertStatus(200).body().get("rev_org");
            assertEquals(primary, moved.at("/account/display_id").asText(), revOrg);
            assertEquals("Acme", moved.at("/account/display_name").asText(), revOrg);
            assertEquals("DEVU-" + merger, moved.at("/modified_by/display_id").asText(), revOrg);
        }
        assertEquals(acme.at("/default_rev_org/display_id").asText(),
            api.post("/rev-orgs.get", json("account", primary)).at("/rev_org/display_id"), "the primary keeps its default");
        assertEquals(3, api.post("/rev-orgs.list", json("account", List.of(primary))).body().get("rev_orgs").size());
        api.post("/rev-orgs.delete", json("id", secondaryDefault)).assertStatus(200);
        assertEquals(1, api.get("/accounts.list").body().get("accounts").size());
        api.post("/accounts.create", json("display_name", "Copy", "domains", List.of("globex.com")))
            .assertError(409, "conflict", null).assertMessageContains(primary);
    }

    @Test
    void merging_accounts_with_no_list_fields_keeps_the_primary_as_it_was() {
        JsonNode acme = account("display_name", "Acme", "domains", List.of("acme.com"), "tier", "gold");
        JsonNode bare = account("display_name", "Bare");
        String primary = acme.at("/account/display_id").asText();
        api.post(MERGE, json("primary_account", primary, "secondary_account", bare.at("/account/display_id").asText()))
            .assertStatus(200);
        JsonNode merged = get(primary);
        for (String field : List.of("display_name", "domains", "external_refs", "websites", "owned_by", "tags", "tier")) {
            assertEquals(acme.at("/account").get(field), merged.get(field), field);
        }
    }

    @Test
    void websites_another_account_also_lists_do_not_stop_the_rest_from_moving() {
        account("display_name", "Initech", "websites", List.of("https://shared.com"));
        String primary = account("display_name", "Acme", "websites", List.of("https://shared.com"))
            .at("/account/display_id").asText();
        String secondary = account("display_name", "Globex", "websites", List.of("https://shared.com", "https://globex.com"))
            .at("/account/display_id").asText();

        api.post(MERGE, json("primary_account", primary, "secondary_account", secondary)).assertStatus(200);

        assertEquals(List.of("https://shared.com", "https://globex.com"), at(get(primary).get("websites"), ""));
    }

    @Test
    void an_account_cannot_be_merged_into_itself() {
        JsonNode acme = account("display_name", "Acme", "domains", List.of("acme.com")).get("account");
        String id = acme.get("display_id").asText();
        api.post(MERGE, json("primary_account", id, "secondary_account", acme.get("id").asText()))
            .assertError(400, "value_not_permitted", "secondary_account");
        assertEquals(acme, get(id));
    }

    @Test
    void unknown_or_foreign_accounts_are_not_found_and_nothing_changes() {
        JsonNode acme = account("display_name", "Acme", "domains", List.of("acme.com")).get("account");
        String id = acme.get("display_id").asText();
        String foreign = server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs"))
            .assertStatus(201).at("/account/id");

        api.post(MERGE, json("primary_account", id, "secondary_account", "ACC-999999999")).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_account", "ACC-999999999", "secondary_account", id)).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_account", id, "secondary_account", foreign)).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_account", foreign, "secondary_account", id)).assertError(404, "not_found", null);

        assertEquals(acme, get(id));
        assertEquals(1, api.get("/rev-orgs.list").body().get("rev_orgs").size());
    }

    @Test
    void an_already_merged_account_cannot_be_merged_again() {
        String a = account("display_name", "A").at("/account/display_id").asText();
        String b = account("display_name", "B").at("/account/display_id").asText();
        String c = account("display_name", "C").at("/account/display_id").asText();
        api.post(MERGE, json("primary_account", a, "secondary_account", b)).assertStatus(200);
        api.post(MERGE, json("primary_account", c, "secondary_account", b)).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_account", b, "secondary_account", c)).assertError(404, "not_found", null);
        get(c);
    }

    @Test
    void both_ids_are_required_and_must_be_account_ids() {
        String a = account("display_name", "A").at("/account/display_id").asText();
        api.post(MERGE, json("primary_account", a)).assertError(400, "missing_required_field", "secondary_account");
        api.post(MERGE, json("secondary_account", a)).assertError(400, "missing_required_field", "primary_account");
        api.post(MERGE, json("primary_account", a, "secondary_account", "REV-1"))
            .assertError(400, "unexpected_id_type", "secondary_account");
        api.post(MERGE, json("primary_account", "bad id", "secondary_account", a))
            .assertError(400, "invalid_id", "primary_account");
    }

    @Test
    void only_an_admin_token_may_merge() {
        String a = account("display_name", "A").at("/account/display_id").asText();
        String b = account("display_name", "B").at("/account/display_id").asText();
        long bob2 = DevUsers.number(DevUsers.create(api, "writer@example.com"));
        tenant.as(bob2, Scope.WRITE).post(MERGE, json("primary_account", a, "secondary_account", b))
            .assertError(403, "forbidden", null);
        api.anonymous().post(MERGE, json("primary_account", a, "secondary_account", b)).assertError(401, "unauthenticated", null);
        get(b);
        assertEquals(2, api.get("/rev-orgs.list").body().get("rev_orgs").size());
    }
}
