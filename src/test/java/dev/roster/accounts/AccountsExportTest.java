package dev.roster.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountsExportTest extends ApiTest {
    private static final String EXPORT = "/accounts.export";

    private static List<String> names(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.get("accounts").forEach(a -> names.add(a.get("display_name").asText()));
        return names;
    }

    private List<String> createNumbered(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = String.format("Account %03d", i);
            api.post("/accounts.create", json("display_name", name)).assertStatus(201);
            names.add(name);
        }
        return names;
    }

    @Test
    void export_answers_full_accounts_without_cursors() {
        String owner = DevUsers.create(api, "owner@example.com").get("display_id").asText();
        String tag = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/display_id");
        JsonNode acme = api.post("/accounts.create", json("display_name", "Acme", "domains", List.of("acme.com"),
            "owned_by", List.of(owner), "tags", List.of(Map.of("id", tag)), "websites", List.of("https://acme.com"),
            "custom_fields", Map.of("k", "v"))).assertStatus(201).body().get("account");

        JsonNode body = api.get(EXPORT).assertStatus(200).body();

        assertEquals(1, body.get("accounts").size());
        assertEquals(acme, body.at("/accounts/0"));
        assertFalse(body.has("next_cursor") || body.has("prev_cursor"), body.toString());
        assertEquals(body, api.post(EXPORT, "{}").assertStatus(200).body(), "GET and POST answer the same");
    }

    @Test
    void first_defaults_to_fifty_and_takes_the_oldest() {
        List<String> all = createNumbered(51);
        assertEquals(all.subList(0, 50), names(api.post(EXPORT, "{}").assertStatus(200).body()));
        assertEquals(all, names(api.post(EXPORT, json("first", 500)).assertStatus(200).body()));
        assertEquals(all.subList(0, 3), names(api.get(EXPORT, "first=3").assertStatus(200).body()));
    }

    @Test
    void first_must_be_between_one_and_five_hundred() {
        api.post(EXPORT, json("first", 0)).assertError(400, "value_not_permitted", "first");
        api.post(EXPORT, json("first", 501)).assertError(400, "value_not_permitted", "first");
        api.get(EXPORT, "first=-1").assertError(400, "value_not_permitted", "first");
        api.post(EXPORT, "{\"first\":\"ten\"}").assertError(400, "unexpected_json_type", "first");
        api.post(EXPORT, json("first", 1)).assertStatus(200);
    }

    @Test
    void export_takes_the_list_filters_and_sort() {
        api.post("/accounts.create", json("display_name", "Acme", "tier", "gold", "domains", List.of("acme.com"),
            "custom_fields", Map.of("region", "emea"))).assertStatus(201);
        api.post("/accounts.create", json("display_name", "Globex", "tier", "silver")).assertStatus(201);
        api.post("/accounts.create", json("display_name", "Initech", "tier", "gold")).assertStatus(201);

        assertEquals(List.of("Acme", "Initech"), names(api.post(EXPORT, json("tier", List.of("gold"))).body()));
        assertEquals(List.of("Acme", "Initech"), names(api.get(EXPORT, "tier=gold").body()));
        assertEquals(List.of("Acme"), names(api.get(EXPORT, "domains=ACME.com").body()));
        assertEquals(List.of("Acme"), names(api.post(EXPORT, json("custom_fields", Map.of("region", "emea"))).body()));
        assertEquals(List.of("Initech", "Globex", "Acme"),
            names(api.post(EXPORT, json("sort_by", List.of("display_name:desc"))).assertStatus(200).body()));
        assertEquals(List.of("Initech"), names(api.post(EXPORT, json("sort_by", List.of("created_date:desc"), "first", 1)).body()));
        assertEquals(List.of(), names(api.post(EXPORT, json("stage", List.of("won"))).body()));
        api.post(EXPORT, json("sort_by", List.of("nope:asc"))).assertError(400, "invalid_field", "sort_by");
    }

    @Test
    void a_read_token_exports_only_its_own_dev_orgs_accounts() {
        api.post("/accounts.create", json("display_name", "Mine")).assertStatus(201);
        server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs")).assertStatus(201);
        long reader = DevUsers.number(DevUsers.create(api, "reader@example.com"));
        assertEquals(List.of("Mine"), names(tenant.as(reader, Scope.READ).post(EXPORT, "{}").assertStatus(200).body()));
        api.anonymous().post(EXPORT, "{}").assertError(401, "unauthenticated", null);
    }
}
