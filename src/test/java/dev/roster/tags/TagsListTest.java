package dev.roster.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsListTest extends ApiTest {
    private static final String LIST = "/tags.list";

    private String create(String name) {
        return api.post("/tags.create", json("name", name)).assertStatus(201).at("/tag/display_id");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("tags").forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private List<String> post(Object... fields) {
        return names(api.post(LIST, json(fields)).assertStatus(200).body());
    }

    @Test
    void tags_are_listed_by_name_ascending_by_default() {
        for (String name : List.of("zeta", "Alpha", "mid", "beta")) create(name);
        JsonNode page = api.get(LIST).assertStatus(200).body();
        assertEquals(List.of("Alpha", "beta", "mid", "zeta"), names(page), "names sort case-insensitively");
        assertFalse(page.has("next_cursor"), page.toString());
        assertFalse(page.has("prev_cursor"), page.toString());
        assertEquals(page, api.post(LIST, "{}").assertStatus(200).body(), "GET and POST answer the same");
    }

    @Test
    void the_name_filter_matches_exact_names_case_insensitively() {
        for (String name : List.of("vip", "VIP-gold", "churn", "trial")) create(name);
        assertEquals(List.of("vip"), post("name", List.of("VIP")));
        assertEquals(List.of("churn", "trial"), post("name", List.of("trial", "Churn", "nothing")));
        assertEquals(List.of("churn", "trial"), names(api.get(LIST, "name=trial,Churn").assertStatus(200).body()));
        assertEquals(List.of("churn", "trial"), names(api.get(LIST, "name=trial&name=churn").assertStatus(200).body()));
        assertEquals(List.of("churn", "trial"), names(api.get(LIST, "name=%22trial%22,%22churn%22").assertStatus(200).body()));
        assertEquals(List.of(), post("name", List.of("vi")), "no prefix matching");
    }

    @Test
    void tags_sort_by_name_created_date_and_modified_date_both_ways() {
        String zeta = create("zeta");
        create("alpha");
        create("mid");
        letTheClockTick();
        api.post("/tags.update", json("id", zeta, "description", "touched")).assertStatus(200);

        assertEquals(List.of("zeta", "mid", "alpha"), post("sort_by", List.of("name:desc")));
        assertEquals(List.of("zeta", "alpha", "mid"), post("sort_by", List.of("created_date:asc")));
        assertEquals(List.of("mid", "alpha", "zeta"), post("sort_by", List.of("created_date:desc")));
        assertEquals("zeta", post("sort_by", List.of("modified_date:desc")).getFirst());
        assertEquals("zeta", post("sort_by", List.of("modified_date:asc")).getLast());
        assertEquals(List.of("mid", "alpha", "zeta"), names(api.get(LIST, "sort_by=created_date:desc").assertStatus(200).body()));
    }

    @Test
    void an_unknown_sort_field_or_a_bad_limit_is_rejected() {
        api.post(LIST, json("sort_by", List.of("color:asc"))).assertError(400, "invalid_field", "sort_by");
        api.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("limit", 101)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("mode", "sideways")).assertError(400, "invalid_enum_value", "mode");
        api.post(LIST, json("cursor", "garbage")).assertError(400, "value_not_permitted", "cursor");
    }

    @Test
    void pages_walk_forward_and_back_with_the_cursors() {
        List<String> all = List.of("a1", "a2", "a3", "a4", "a5");
        for (String name : all) create(name);

        JsonNode first = api.post(LIST, json("limit", 2)).assertStatus(200).body();
        assertEquals(List.of("a1", "a2"), names(first));
        assertFalse(first.has("prev_cursor"));
        JsonNode second = api.post(LIST, json("limit", 2, "cursor", first.get("next_cursor").asText())).assertStatus(200).body();
        assertEquals(List.of("a3", "a4"), names(second));
        assertTrue(second.has("prev_cursor"));
        JsonNode third = api.get(LIST, "limit=2&cursor=" + second.get("next_cursor").asText()).assertStatus(200).body();
        assertEquals(List.of("a5"), names(third));
        assertFalse(third.has("next_cursor"), third.toString());

        JsonNode back = api.post(LIST, json("limit", 2, "cursor", third.get("prev_cursor").asText())).assertStatus(200).body();
        assertEquals(List.of("a3", "a4"), names(back));
        JsonNode before = api.post(LIST, json("limit", 2, "mode", "before", "cursor", second.get("next_cursor").asText()))
            .assertStatus(200).body();
        assertEquals(List.of("a2", "a3"), names(before), "mode=before answers the items before the cursor's position (a4)");
        JsonNode last = api.post(LIST, json("limit", 2, "mode", "before")).assertStatus(200).body();
        assertEquals(List.of("a4", "a5"), names(last), "mode=before without a cursor answers the last page");
        assertFalse(last.has("next_cursor"), last.toString());
    }

    @Test
    void a_cursor_reused_with_another_filter_or_sort_is_rejected() {
        for (String name : List.of("a1", "a2", "a3")) create(name);
        String next = api.post(LIST, json("limit", 1)).assertStatus(200).body().get("next_cursor").asText();
        api.post(LIST, json("limit", 1, "cursor", next, "sort_by", List.of("created_date:asc")))
            .assertError(400, "value_not_permitted", "cursor");
        api.post(LIST, json("limit", 1, "cursor", next, "name", List.of("a2"))).assertError(400, "value_not_permitted", "cursor");
    }

    @Test
    void a_read_token_lists_only_its_own_dev_orgs_tags() {
        create("mine");
        server.newTenant().admin().post("/tags.create", json("name", "theirs")).assertStatus(201);
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        assertEquals(List.of("mine"), names(tenant.as(bob, Scope.READ).get(LIST).assertStatus(200).body()));
        api.anonymous().get(LIST).assertError(401, "unauthenticated", null);
    }
}
