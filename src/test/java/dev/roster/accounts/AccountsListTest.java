package dev.roster.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ListApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class AccountsListTest extends ListApiTest {
    private static final String LIST = "/accounts.list";

    private String ada;
    private String bob;
    private String vip;
    private String churn;

    AccountsListTest() {
        super(LIST, "accounts");
    }

    /** Acme (by the admin), Globex (by bob), Initech (bare): assorted fields to filter on. */
    private void assorted() {
        JsonNode adaUser = DevUsers.create(api, "ada@example.com");
        JsonNode bobUser = DevUsers.create(api, "bob@example.com");
        ada = adaUser.get("display_id").asText();
        bob = bobUser.get("display_id").asText();
        vip = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/display_id");
        churn = api.post("/tags.create", json("name", "churn")).assertStatus(201).at("/tag/display_id");
        api.post("/accounts.create", json("display_name", "Acme", "domains", List.of("acme.com"), "external_refs",
            List.of("crm-1"), "owned_by", List.of(ada), "tier", "gold", "tags", List.of(Map.of("id", vip)),
            "websites", List.of("https://acme.com"), "custom_fields", Map.of("region", "emea", "seats", 40))).assertStatus(201);
        tenant.as(DevUsers.number(bobUser), Scope.ADMIN).post("/accounts.create", json("display_name", "Globex",
            "domains", List.of("globex.com", "globex.io"), "external_refs", List.of("crm-2"), "owned_by", List.of(ada, bob),
            "tier", "silver", "tags", List.of(Map.of("id", churn)), "custom_fields", Map.of("region", "apac", "seats", "40")))
            .assertStatus(201);
        api.post("/accounts.create", json("display_name", "Initech", "tier", "gold")).assertStatus(201);
    }

    @Test
    void accounts_are_listed_oldest_first_the_same_over_get_and_post() {
        assorted();
        assertEquals(List.of("Acme", "Globex", "Initech"), both("", "{}"));
        JsonNode page = api.get(LIST).body();
        assertFalse(page.has("next_cursor") || page.has("prev_cursor"), page.toString());
        assertEquals(api.post("/accounts.get", json("id", page.at("/accounts/0/id").asText())).body().get("account"),
            page.at("/accounts/0"), "list items are full accounts");
    }

    @Test
    void list_field_filters_match_accounts_holding_any_given_value() {
        assorted();
        assertEquals(List.of("Globex"), both("domains=GLOBEX.io", json("domains", List.of("GLOBEX.io"))));
        assertEquals(List.of("Acme", "Globex"), both("domains=acme.com,globex.com,none.com",
            json("domains", List.of("acme.com", "globex.com", "none.com"))));
        assertEquals(List.of("Globex"), both("external_refs=crm-2", json("external_refs", List.of("crm-2"))));
        assertEquals(List.of("Acme"), both("websites=https://acme.com", json("websites", List.of("https://acme.com"))));
        assertEquals(List.of("Acme", "Globex"), both("owned_by=" + ada, json("owned_by", List.of(ada))));
        assertEquals(List.of("Globex"), both("owned_by=" + bob, json("owned_by", List.of(bob))));
        assertEquals(List.of("Acme"), both("tags=" + vip, json("tags", List.of(vip))));
        assertEquals(List.of("Acme", "Globex"), both("tags=" + vip + "&tags=" + churn, json("tags", List.of(vip, churn))));
    }

    @Test
    void a_domain_filter_is_trimmed_and_lower_cased_as_stored_domains_are() {
        api.post("/accounts.create", json("display_name", "Acme", "domains", List.of(" Acme.COM "))).assertStatus(201);
        assertEquals(List.of("Acme"), both("domains=%22%20ACME.com%20%22", json("domains", List.of("  ACME.com "))));
    }

    @Test
    void scalar_filters_match_exact_values() {
        assorted();
        assertEquals(List.of("Acme", "Initech"), both("tier=gold", json("tier", List.of("gold"))));
        assertEquals(List.of("Globex", "Initech"), both("display_name=%22Globex%22,%22Initech%22",
            json("display_name", List.of("Globex", "Initech"))));
        assertEquals(List.of(), post("display_name", List.of("acme")), "display names match exactly");
        assertEquals(List.of("Globex"), both("created_by=" + bob, json("created_by", List.of(bob))));
        assertEquals(List.of("Acme", "Initech"), post("created_by", List.of(tenant.adminDisplayId())));
        assertEquals(List.of("Acme", "Initech"), both("tier=gold&created_by=" + tenant.adminDisplayId(),
            json("tier", List.of("gold"), "created_by", List.of(tenant.adminDisplayId()))), "filters combine with and");
    }

    @Test
    void custom_field_filters_match_json_values_in_post_and_strings_in_get() {
        assorted();
        assertEquals(List.of("Acme"), both("custom_fields.region=emea", json("custom_fields", Map.of("region", "emea"))));
        assertEquals(List.of("Acme"), post("custom_fields", Map.of("seats", 40)));
        assertEquals(List.of("Globex"), both("custom_fields.seats=40", json("custom_fields", Map.of("seats", "40"))));
        assertEquals(List.of(), post("custom_fields", Map.of("region", "emea", "seats", "40")));
    }

    @Test
    void a_non_empty_stage_or_subtype_matches_nothing() {
        assorted();
        assertEquals(List.of(), both("stage=prospect", json("stage", List.of("prospect"))));
        assertEquals(List.of(), post("subtype", List.of("partner")));
        assertEquals(3, post("stage", List.of()).size());
    }

    @Test
    void date_filters_are_inclusive_in_every_form() {
        assorted();
        JsonNode all = api.get(LIST).body().get("accounts");
        JsonNode globex = all.get(1);
        String created = globex.get("created_date").asText();
        assertEquals(expected(all, a -> a.get("created_date").asText().compareTo(created) >= 0),
            both("created_date.after=" + created, json("created_date", Map.of("after", created))));
        assertEquals(expected(all, a -> a.get("created_date").asText().compareTo(created) <= 0),
            post("created_date", Map.of("type", "range", "before", created)));
        assertTrue(post("created_date", Map.of("after", created, "before", created)).contains("Globex"));
        assertEquals(3, post("created_date", Map.of("type", "preset", "preset_type", "last_n_days", "days", 1)).size());

        JsonNode touched = api.post("/accounts.update", json("id", all.get(0).get("id").asText(), "tier", "platinum"))
            .assertStatus(200).body().get("account");
        String modified = touched.get("modified_date").asText();
        JsonNode now = api.get(LIST).body().get("accounts");
        List<String> modifiedSince = both("modified_date.after=" + modified, json("modified_date", Map.of("after", modified)));
        assertEquals(expected(now, a -> a.get("modified_date").asText().compareTo(modified) >= 0), modifiedSince);
        assertTrue(modifiedSince.contains("Acme"), modifiedSince.toString());
        assertFalse(post("modified_date", Map.of("before", all.get(2).get("modified_date").asText())).contains("Acme"));
    }

    private static List<String> expected(JsonNode accounts, Predicate<JsonNode> test) {
        List<String> names = new ArrayList<>();
        accounts.forEach(a -> { if (test.test(a)) names.add(a.get("display_name").asText()); });
        return names;
    }

    @Test
    void accounts_sort_by_display_name_created_and_modified_date() {
        for (String name : List.of("Mid", "Zeta", "Alpha")) api.post("/accounts.create", json("display_name", name)).assertStatus(201);
        String zeta = api.post(LIST, json("display_name", List.of("Zeta"))).at("/accounts/0/id");
        letTheClockTick();
        api.post("/accounts.update", json("id", zeta, "description", "touched")).assertStatus(200);

        assertEquals(List.of("Alpha", "Mid", "Zeta"), post("sort_by", List.of("display_name:asc")));
        assertEquals(List.of("Zeta", "Mid", "Alpha"), both("sort_by=display_name:desc", json("sort_by", List.of("display_name:desc"))));
        assertEquals(List.of("Alpha", "Zeta", "Mid"), post("sort_by", List.of("created_date:desc")));
        assertEquals("Zeta", post("sort_by", List.of("modified_date:desc")).getFirst());
        api.post(LIST, json("sort_by", List.of("tier:asc"))).assertError(400, "invalid_field", "sort_by");
    }

    @Test
    void pages_walk_forward_and_back_and_cursors_are_bound_to_their_query() {
        List<String> all = List.of("A1", "A2", "A3", "A4", "A5");
        for (String name : all) api.post("/accounts.create", json("display_name", name)).assertStatus(201);

        List<String> walked = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = api.post(LIST, json("limit", 2)).assertStatus(200).body();
        while (true) {
            pages.add(page);
            walked.addAll(names(page));
            assertEquals(pages.size() > 1, page.has("prev_cursor"), page.toString());
            assertEquals(walked.size() < all.size(), page.has("next_cursor"), page.toString());
            if (!page.has("next_cursor")) break;
            page = api.get(LIST, "limit=2&cursor=" + page.get("next_cursor").asText()).assertStatus(200).body();
        }
        assertEquals(all, walked);
        JsonNode back = api.post(LIST, json("limit", 2, "cursor", page.get("prev_cursor").asText())).assertStatus(200).body();
        assertEquals(names(pages.get(1)), names(back));

        String next = pages.get(0).get("next_cursor").asText();
        api.post(LIST, json("limit", 2, "cursor", next, "tier", List.of("gold"))).assertError(400, "value_not_permitted", "cursor");
        api.post(LIST, json("limit", 2, "cursor", next, "sort_by", List.of("display_name:asc")))
            .assertError(400, "value_not_permitted", "cursor");
        api.post(LIST, json("cursor", "nonsense")).assertError(400, "value_not_permitted", "cursor");
        api.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
        api.get(LIST, "limit=101").assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("mode", "around")).assertError(400, "invalid_enum_value", "mode");
    }

    @Test
    void a_read_token_lists_only_its_own_dev_orgs_accounts() {
        api.post("/accounts.create", json("display_name", "Mine", "domains", List.of("shared.com"))).assertStatus(201);
        server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs", "domains", List.of("shared.com")))
            .assertStatus(201);
        long reader = DevUsers.number(DevUsers.create(api, "reader@example.com"));
        assertEquals(List.of("Mine"), names(tenant.as(reader, Scope.READ).get(LIST, "domains=shared.com").assertStatus(200).body()));
        api.anonymous().get(LIST).assertError(401, "unauthenticated", null);
    }
}
