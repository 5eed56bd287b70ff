package dev.roster.revorgs;

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
import org.junit.jupiter.api.Test;

class RevOrgsListTest extends ListApiTest {
    private static final String LIST = "/rev-orgs.list";

    private String acme;
    private String globex;
    private String bob;
    private String vip;
    private String churn;

    RevOrgsListTest() {
        super(LIST, "rev_orgs");
    }

    /** Created in this order: Acme (default), Acme EU, Globex (default), Acme US (by bob). */
    private void assorted() {
        JsonNode bobUser = DevUsers.create(api, "bob@example.com");
        bob = bobUser.get("display_id").asText();
        vip = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/display_id");
        churn = api.post("/tags.create", json("name", "churn")).assertStatus(201).at("/tag/display_id");
        acme = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/account/display_id");
        api.post("/rev-orgs.create", json("account", acme, "display_name", "Acme EU", "external_ref", "eu",
            "tags", List.of(Map.of("id", vip)), "custom_fields", Map.of("region", "emea"))).assertStatus(201);
        globex = api.post("/accounts.create", json("display_name", "Globex", "tags", List.of(Map.of("id", churn))))
            .assertStatus(201).at("/account/display_id");
        tenant.as(DevUsers.number(bobUser), Scope.ADMIN).post("/rev-orgs.create", json("account", acme, "display_name",
            "Acme US", "external_ref", "us", "tags", List.of(Map.of("id", churn)),
            "custom_fields", Map.of("region", "amer", "seats", 5))).assertStatus(201);
    }

    @Test
    void rev_orgs_are_listed_oldest_first_the_same_over_get_and_post() {
        assorted();
        assertEquals(List.of("Acme", "Acme EU", "Globex", "Acme US"), both("", "{}"));
        JsonNode page = api.get(LIST).body();
        assertFalse(page.has("next_cursor") || page.has("prev_cursor"), page.toString());
        assertEquals(api.post("/rev-orgs.get", json("id", page.at("/rev_orgs/1/id").asText())).body().get("rev_org"),
            page.at("/rev_orgs/1"), "list items are full rev orgs");
    }

    @Test
    void filters_match_the_given_values_and_combine() {
        assorted();
        assertEquals(List.of("Acme", "Acme EU", "Acme US"), both("account=" + acme, json("account", List.of(acme))));
        assertEquals(List.of("Acme", "Acme EU", "Globex", "Acme US"), both("account=" + acme + "," + globex,
            json("account", List.of(acme, globex))));
        assertEquals(List.of("Globex", "Acme US"), both("display_name=Globex&display_name=Acme%20US",
            json("display_name", List.of("Globex", "Acme US"))));
        assertEquals(List.of("Acme EU"), both("external_ref=eu", json("external_ref", List.of("eu"))));
        assertEquals(List.of("Acme US"), both("created_by=" + bob, json("created_by", List.of(bob))));
        assertEquals(List.of("Acme EU"), both("tags=" + vip, json("tags", List.of(vip))));
        assertEquals(List.of("Acme EU", "Acme US"), both("tags=" + vip + "," + churn, json("tags", List.of(vip, churn))),
            "an account's tags are not its rev orgs' tags");
        assertEquals(List.of("Acme US"), both("account=" + acme + "&tags=" + churn,
            json("account", List.of(acme), "tags", List.of(churn))));
        assertEquals(List.of(), post("display_name", List.of("acme")));
    }

    @Test
    void custom_field_filters_match_and_custom_field_filter_expressions_are_refused() {
        assorted();
        assertEquals(List.of("Acme EU"), both("custom_fields.region=emea", json("custom_fields", Map.of("region", "emea"))));
        assertEquals(List.of("Acme US"), post("custom_fields", Map.of("seats", 5)));
        assertEquals(List.of(), both("custom_fields.seats=5", json("custom_fields", Map.of("seats", "5"))));
        api.post(LIST, json("custom_field_filter", List.of("custom_fields.region == \"emea\"")))
            .assertError(400, "invalid_field", "custom_field_filter");
        api.get(LIST, "custom_field_filter=x").assertError(400, "invalid_field", "custom_field_filter");
    }

    @Test
    void date_filters_are_inclusive() {
        assorted();
        JsonNode all = api.get(LIST).body().get("rev_orgs");
        String third = all.get(2).get("created_date").asText();
        assertEquals(matching(all, "created_date", third, true),
            both("created_date.after=" + third, json("created_date", Map.of("after", third))));
        assertEquals(matching(all, "created_date", third, false), post("created_date", Map.of("type", "range", "before", third)));
        assertTrue(post("created_date", Map.of("after", third, "before", third)).contains("Globex"));

        String eu = all.get(1).get("id").asText();
        String modified = api.post("/rev-orgs.update", json("id", eu, "tier", "gold")).assertStatus(200).at("/rev_org/modified_date");
        JsonNode now = api.get(LIST).body().get("rev_orgs");
        assertEquals(matching(now, "modified_date", modified, true),
            both("modified_date.after=" + modified, json("modified_date", Map.of("after", modified))));
        assertTrue(matching(now, "modified_date", modified, true).contains("Acme EU"));
        assertEquals(4, post("modified_date", Map.of("type", "preset", "preset_type", "last_n_days", "days", 1)).size());
    }

    /** The names of {@code orgs} whose {@code field} is at or after (or at or before) {@code bound}. */
    private static List<String> matching(JsonNode orgs, String field, String bound, boolean after) {
        List<String> names = new ArrayList<>();
        orgs.forEach(o -> {
            int c = o.get(field).asText().compareTo(bound);
            if (after ? c >= 0 : c <= 0) names.add(o.get("display_name").asText());
        });
        return names;
    }

    @Test
    void rev_orgs_sort_by_display_name_created_and_modified_date() {
        assorted();
        assertEquals(List.of("Acme", "Acme EU", "Acme US", "Globex"), post("sort_by", List.of("display_name:asc")));
        assertEquals(List.of("Globex", "Acme US", "Acme EU", "Acme"), both("sort_by=display_name:desc",
            json("sort_by", List.of("display_name:desc"))));
        assertEquals(List.of("Acme US", "Globex", "Acme EU", "Acme"), post("sort_by", List.of("created_date:desc")));
        String acmeDefault = api.post("/rev-orgs.get", json("account", acme)).at("/rev_org/id");
        letTheClockTick();
        api.post("/rev-orgs.update", json("id", acmeDefault, "tier", "x")).assertStatus(200);
        assertEquals("Acme", post("sort_by", List.of("modified_date:desc")).getFirst());
        api.post(LIST, json("sort_by", List.of("external_ref:asc"))).assertError(400, "invalid_field", "sort_by");
    }

    @Test
    void pages_walk_forward_and_back_and_cursors_are_bound_to_their_query() {
        assorted();
        List<String> all = post();
        JsonNode first = api.post(LIST, json("limit", 3)).assertStatus(200).body();
        assertEquals(all.subList(0, 3), names(first));
        assertFalse(first.has("prev_cursor"));
        JsonNode second = api.get(LIST, "limit=3&cursor=" + first.get("next_cursor").asText()).assertStatus(200).body();
        assertEquals(all.subList(3, 4), names(second));
        assertFalse(second.has("next_cursor"), second.toString());
        JsonNode back = api.post(LIST, json("limit", 3, "cursor", second.get("prev_cursor").asText())).assertStatus(200).body();
        assertEquals(all.subList(0, 3), names(back));

        String next = first.get("next_cursor").asText();
        api.post(LIST, json("limit", 3, "cursor", next, "account", List.of(acme))).assertError(400, "value_not_permitted", "cursor");
        api.post(LIST, json("cursor", "%%%")).assertError(400, "value_not_permitted", "cursor");
        api.post(LIST, json("limit", 101)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("mode", "up")).assertError(400, "invalid_enum_value", "mode");
    }

    @Test
    void malformed_filter_ids_are_rejected() {
        api.post(LIST, json("account", List.of("REV-1"))).assertError(400, "unexpected_id_type", "account");
        api.post(LIST, json("tags", List.of("nonsense"))).assertError(400, "invalid_id", "tags");
        api.post(LIST, json("created_by", List.of("ACC-1"))).assertError(400, "unexpected_id_type", "created_by");
    }

    @Test
    void a_read_token_lists_only_its_own_dev_orgs_rev_orgs() {
        api.post("/accounts.create", json("display_name", "Mine")).assertStatus(201);
        server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs")).assertStatus(201);
        long reader = DevUsers.number(DevUsers.create(api, "reader@example.com"));
        assertEquals(List.of("Mine"), names(tenant.as(reader, Scope.READ).get(LIST).assertStatus(200).body()));
        api.anonymous().get(LIST).assertError(401, "unauthenticated", null);
    }
}
