package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** rev-users.list sorting and paging. The filters are in RevUsersListTest. */
class RevUsersListPagingTest extends ApiTest {
    private static final String LIST = "/rev-users.list";

    /** Five users whose names, refs and creation order all differ: e(ref-c) a(ref-e) d(ref-a) b(ref-d) c(ref-b). */
    private List<String> assorted() {
        List<String> ids = new ArrayList<>();
        String[][] users = {{"e", "ref-c"}, {"a", "ref-e"}, {"d", "ref-a"}, {"b", "ref-d"}, {"c", "ref-b"}};
        for (String[] user : users) {
            ids.add(api.post("/rev-users.create", json("display_name", user[0], "external_ref", user[1]))
                .assertStatus(201).at("/rev_user/display_id"));
        }
        return ids;
    }

    private JsonNode page(Object... fields) {
        return api.post(LIST, json(fields)).assertStatus(200).body();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("rev_users").forEach(user -> names.add(user.get("display_name").asText()));
        return names;
    }

    /** Walks forward with next_cursor and back with prev_cursor, checking each cursor is present exactly when due. */
    private List<String> walk(List<String> sortBy, int limit, int total) {
        List<String> forward = new ArrayList<>();
        List<JsonNode> pages = new ArrayList<>();
        JsonNode current = page("sort_by", sortBy, "limit", limit);
        while (true) {
            pages.add(current);
            forward.addAll(names(current));
            assertEquals(pages.size() > 1, current.has("prev_cursor"), current.toString());
            assertEquals(forward.size() < total, current.has("next_cursor"), current.toString());
            if (!current.has("next_cursor")) break;
            current = page("sort_by", sortBy, "limit", limit, "cursor", current.get("next_cursor").asText());
        }
        for (int i = pages.size() - 2; i >= 0; i--) {
            current = page("sort_by", sortBy, "limit", limit, "cursor", current.get("prev_cursor").asText());
            assertEquals(names(pages.get(i)), names(current), "walking back gives the same pages");
            assertEquals(i > 0, current.has("prev_cursor"), current.toString());
            assertTrue(current.has("next_cursor"), current.toString());
        }
        return forward;
    }

    @Test
    void the_default_order_is_oldest_first_and_one_page_has_no_cursors() {
        assorted();
        JsonNode viaGet = api.get(LIST).assertStatus(200).body();
        assertEquals(List.of("e", "a", "d", "b", "c"), names(viaGet));
        assertEquals(viaGet, page("sort_by", List.of("created_date:asc")));
        assertFalse(viaGet.has("next_cursor") || viaGet.has("prev_cursor"), viaGet.toString());
    }

    @Test
    void every_sort_field_orders_ascending_and_exactly_reversed_descending() {
        assorted();
        assertEquals(List.of("a", "b", "c", "d", "e"), names(page("sort_by", List.of("display_name:asc"))));
        assertEquals(List.of("d", "c", "e", "b", "a"), names(page("sort_by", List.of("external_ref:asc"))));
        assertEquals(List.of("c", "b", "d", "a", "e"), names(page("sort_by", List.of("created_date:desc"))));
        for (String field : List.of("created_date", "modified_date", "display_name", "external_ref")) {
            List<String> asc = names(page("sort_by", List.of(field + ":asc")));
            List<String> desc = new ArrayList<>(names(page("sort_by", List.of(field + ":desc"))));
            Collections.reverse(desc);
            assertEquals(asc, desc, field);
            assertEquals(page("sort_by", List.of(field + ":desc")), api.get(LIST, "sort_by=" + field + ":desc")
                .assertStatus(200).body(), "GET and POST sort alike");
        }
    }

    @Test
    void an_update_moves_the_user_to_the_end_of_modified_date_order() {
        List<String> ids = assorted();
        letTheClockTick();
        api.post("/rev-users.update", json("id", ids.getFirst(), "description", "touched")).assertStatus(200);
        assertEquals("e", names(page("sort_by", List.of("modified_date:asc"))).getLast());
        assertEquals("e", names(page("sort_by", List.of("modified_date:desc"))).getFirst());
    }

    @Test
    void following_next_and_prev_cursors_walks_every_order_both_ways() {
        assorted();
        assertEquals(List.of("e", "a", "d", "b", "c"), walk(List.of(), 2, 5));
        assertEquals(List.of("a", "b", "c", "d", "e"), walk(List.of("display_name:asc"), 2, 5));
        assertEquals(List.of("a", "b", "e", "c", "d"), walk(List.of("external_ref:desc"), 3, 5));
        assertEquals(List.of("c", "b", "d", "a", "e"), walk(List.of("created_date:desc"), 1, 5));
    }

    @Test
    void mode_before_without_a_cursor_gives_the_last_page() {
        assorted();
        JsonNode last = api.get(LIST, "mode=before&limit=2").assertStatus(200).body();
        assertEquals(List.of("b", "c"), names(last));
        assertTrue(last.has("prev_cursor") && !last.has("next_cursor"), last.toString());
        assertEquals(List.of("a", "d"), names(page("limit", 2, "cursor", last.get("prev_cursor").asText())));
        api.get(LIST, "mode=sideways").assertError(400, "invalid_enum_value", "mode");
    }

    @Test
    void the_limit_defaults_to_fifty_and_must_be_between_one_and_a_hundred() {
        for (int i = 0; i < 51; i++) api.post("/rev-users.create", json("display_name", "u" + i)).assertStatus(201);
        JsonNode first = api.get(LIST).assertStatus(200).body();
        assertEquals(50, first.get("rev_users").size());
        assertEquals(List.of("u50"), names(page("cursor", first.get("next_cursor").asText())));
        assertEquals(51, page("limit", 100).get("rev_users").size());
        api.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("limit", 101)).assertError(400, "value_not_permitted", "limit");
        api.get(LIST, "limit=many").assertError(400, "value_not_permitted", "limit");
    }

    @Test
    void a_cursor_is_refused_with_another_filter_or_sort_and_garbage_is_refused() {
        assorted();
        String cursor = page("limit", 2).get("next_cursor").asText();
        api.get(LIST, "limit=2&sort_by=display_name:asc&cursor=" + cursor).assertError(400, "value_not_permitted", "cursor");
        api.get(LIST, "limit=2&email=a@x.io&cursor=" + cursor).assertError(400, "value_not_permitted", "cursor");
        for (String garbage : List.of("garbage", "W10", cursor.substring(0, cursor.length() - 3), "x" + cursor)) {
            api.get(LIST, "limit=2&cursor=" + garbage).assertError(400, "value_not_permitted", "cursor");
        }
        assertEquals(List.of("d", "b"), names(api.get(LIST, "limit=2&cursor=" + cursor).assertStatus(200).body()),
            "the real cursor still works");
    }

    @Test
    void an_unknown_sort_field_or_direction_is_refused() {
        api.get(LIST, "sort_by=email:asc").assertError(400, "invalid_field", "sort_by").assertMessageContains("external_ref");
        api.post(LIST, json("sort_by", List.of("display_name:up"))).assertError(400, "invalid_enum_value", "sort_by");
    }

    @Test
    void deleted_users_leave_no_gap_in_the_pages() {
        List<String> ids = assorted();
        JsonNode first = page("limit", 2);
        api.post("/rev-users.delete", json("id", ids.get(2))).assertStatus(200);
        JsonNode second = page("limit", 2, "cursor", first.get("next_cursor").asText());
        assertEquals(List.of("b", "c"), names(second));
        assertFalse(second.has("next_cursor"), second.toString());
    }
}
