package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DevUsersListPaginationTest extends ApiTest {
    private static final String LIST = "/dev-users.list";

    private JsonNode page(Object... fields) {
        return api.post(LIST, json(fields)).assertStatus(200).body();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("dev_users").forEach(user -> ids.add(user.get("display_id").asText()));
        return ids;
    }

    private List<String> createUsers(String... emails) {
        List<String> ids = new ArrayList<>();
        for (String email : emails) ids.add(DevUsers.create(api, email).get("display_id").asText());
        return ids;
    }

    /**
     * Walks forward through every page, then back from the last one with prev_cursor, checking that
     * each cursor is present exactly when items lie on its side. Answers the ids in walking order.
     */
    private List<String> walk(List<String> sortBy, int limit) {
        List<String> all = ids(page("sort_by", sortBy, "limit", 100));
        List<List<String>> pages = new ArrayList<>();
        JsonNode current = page("sort_by", sortBy, "limit", limit);
        while (true) {
            pages.add(ids(current));
            int seen = pages.stream().mapToInt(List::size).sum();
            assertEquals(pages.size() > 1, current.has("prev_cursor"), "prev_cursor on page " + pages.size() + ": " + current);
            assertEquals(seen < all.size(), current.has("next_cursor"), "next_cursor on page " + pages.size() + ": " + current);
            if (!current.has("next_cursor")) break;
            current = page("sort_by", sortBy, "limit", limit, "cursor", current.get("next_cursor").asText());
        }
        List<String> walked = pages.stream().flatMap(List::stream).toList();
        assertEquals(all, walked, "walking " + sortBy + " by " + limit + " sees every user once, in order");
        for (int i = pages.size() - 2; i >= 0; i--) {
            current = page("sort_by", sortBy, "limit", limit, "cursor", current.get("prev_cursor").asText());
            assertEquals(pages.get(i), ids(current), "walking back " + sortBy + " to page " + (i + 1));
            assertEquals(i > 0, current.has("prev_cursor"), current.toString());
            assertTrue(current.has("next_cursor"), current.toString());
        }
        return walked;
    }

    /** Eight dev users in assorted states, names and modification order, plus the tenant admin. */
    private void assortedUsers() {
        List<String> ids = createUsers("kim@x.io", "Amy@x.io", "zed@x.io", "bob@x.io", "lou@x.io", "eve@x.io",
            "Cal@x.io", "dot@x.io");
        api.post("/dev-users.update", json("id", ids.get(0), "display_name", "pat")).assertStatus(200);
        api.post("/dev-users.update", json("id", ids.get(1), "display_name", "amy")).assertStatus(200);
        api.post("/dev-users.update", json("id", ids.get(2), "display_name", "abe")).assertStatus(200);
        api.post("/dev-users.update", json("id", ids.get(6), "display_name", "cal")).assertStatus(200);
        api.post("/dev-users.activate", json("id", ids.get(3))).assertStatus(200);
        api.post("/dev-users.deactivate", json("id", ids.get(1))).assertStatus(200);
        api.post("/dev-users.update", json("id", ids.get(4), "full_name", "Lou Reed")).assertStatus(200);
    }

    @Test
    void the_default_order_is_oldest_first() {
        List<String> created = createUsers("zed@x.io", "amy@x.io", "kim@x.io", "bob@x.io");
        List<String> expected = new ArrayList<>(List.of(tenant.adminDisplayId()));
        expected.addAll(created);

        JsonNode viaGet = api.get(LIST).assertStatus(200).body();
        assertEquals(expected, ids(viaGet));
        assertEquals(viaGet, api.post(LIST, "{}").assertStatus(200).body());
        assertEquals(expected, ids(page("sort_by", List.of("created_date:asc"))));
        assertFalse(viaGet.has("next_cursor") || viaGet.has("prev_cursor"), "one page has no cursors: " + viaGet);
    }

    @Test
    void every_sort_field_orders_ascending_and_exactly_reversed_descending() {
        assortedUsers();
        Map<String, Function<JsonNode, String>> fields = new LinkedHashMap<>();
        fields.put("created_date", u -> u.get("created_date").asText());
        fields.put("modified_date", u -> u.get("modified_date").asText());
        fields.put("display_name", u -> u.get("display_name").asText());
        fields.put("email", u -> u.get("email").asText().toLowerCase());
        fields.put("state", u -> u.get("state").asText());
        List<JsonNode> users = new ArrayList<>();
        page("limit", 100).get("dev_users").forEach(users::add);

        fields.forEach((field, value) -> {
            Comparator<JsonNode> order = Comparator.comparing(value).thenComparingLong(DevUsers::number);
            List<String> expected = users.stream().sorted(order).map(u -> u.get("display_id").asText()).toList();
            JsonNode asc = api.get(LIST, "sort_by=" + field + ":asc").assertStatus(200).body();
            assertEquals(expected, ids(asc), field + ":asc");
            List<String> desc = ids(api.get(LIST, "sort_by=" + field + ":desc").assertStatus(200).body());
            assertEquals(expected.reversed(), desc, field + ":desc");
            assertEquals(expected, ids(page("sort_by", List.of(field))), field + " without a direction is ascending");
        });
        assertEquals("Amy@x.io", page("sort_by", List.of("email:asc"), "limit", 2).at("/dev_users/1/email").asText(),
            "email order ignores case");
    }

    @Test
    void following_next_and_prev_cursors_walks_every_order_both_ways() {
        assortedUsers();
        walk(List.of("created_date:asc"), 3);
        walk(List.of("created_date:desc"), 4);
        walk(List.of("modified_date:desc"), 2);
        walk(List.of("display_name:asc"), 4);
        walk(List.of("email:desc"), 3);
        walk(List.of("state:asc"), 2);
        List<String> mixed = walk(List.of("state:asc", "email:desc"), 2);
        assertEquals(9, new HashSet<>(mixed).size());
        assertEquals(List.of(tenant.adminDisplayId()), walk(List.of("email:asc"), 1).subList(0, 1));
    }

    @Test
    void the_limit_defaults_to_fifty_and_must_be_between_one_and_a_hundred() {
        for (int i = 0; i < 51; i++) DevUsers.create(api, "user" + i + "@x.io");

        JsonNode first = api.get(LIST).assertStatus(200).body();
        assertEquals(50, first.get("dev_users").size());
        assertTrue(first.has("next_cursor"));
        assertEquals(2, page("cursor", first.get("next_cursor").asText()).get("dev_users").size());
        assertEquals(52, page("limit", 100).get("dev_users").size());
        JsonNode one = api.get(LIST, "limit=1").assertStatus(200).body();
        assertEquals(List.of(tenant.adminDisplayId()), ids(one));
        assertTrue(one.has("next_cursor") && !one.has("prev_cursor"), one.toString());

        api.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("limit", 101)).assertError(400, "value_not_permitted", "limit");
        api.get(LIST, "limit=-1").assertError(400, "value_not_permitted", "limit");
        api.get(LIST, "limit=ten").assertError(400, "value_not_permitted", "limit");
    }

    @Test
    void mode_before_without_a_cursor_gives_the_last_page() {
        List<String> users = createUsers("a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io");

        JsonNode last = api.get(LIST, "mode=before&limit=2").assertStatus(200).body();
        assertEquals(users.subList(3, 5), ids(last), "the last page, still in the list's order");
        assertTrue(last.has("prev_cursor") && !last.has("next_cursor"), last.toString());
        JsonNode before = page("limit", 2, "cursor", last.get("prev_cursor").asText());
        assertEquals(users.subList(1, 3), ids(before));
        JsonNode first = page("limit", 2, "cursor", before.get("prev_cursor").asText());
        assertEquals(List.of(tenant.adminDisplayId(), users.get(0)), ids(first));
        assertFalse(first.has("prev_cursor"), first.toString());
        api.get(LIST, "mode=sideways").assertError(400, "invalid_enum_value", "mode");
    }

    @Test
    void pages_stay_correct_when_users_are_inserted_mid_walk() {
        List<String> users = createUsers("b1@x.io", "b2@x.io", "b3@x.io", "b4@x.io", "b5@x.io", "b6@x.io");
        List<String> byEmail = List.of("email:asc");

        JsonNode first = page("sort_by", byEmail, "limit", 3);
        assertEquals(List.of(tenant.adminDisplayId(), users.get(0), users.get(1)), ids(first));
        String early = DevUsers.create(api, "a0@x.io").get("display_id").asText();
        String late = DevUsers.create(api, "b9@x.io").get("display_id").asText();
        JsonNode second = page("sort_by", byEmail, "limit", 3, "cursor", first.get("next_cursor").asText());
        assertEquals(users.subList(2, 5), ids(second), "the user inserted before the cursor shifts nothing");
        JsonNode third = page("sort_by", byEmail, "limit", 3, "cursor", second.get("next_cursor").asText());
        assertEquals(List.of(users.get(5), late), ids(third));
        assertFalse(third.has("next_cursor"), third.toString());

        JsonNode back = page("sort_by", byEmail, "limit", 3, "cursor", second.get("prev_cursor").asText());
        assertEquals(List.of(tenant.adminDisplayId(), users.get(0), users.get(1)), ids(back));
        assertTrue(back.has("prev_cursor"), "the inserted user now lies before the first page: " + back);
        assertEquals(List.of(early), ids(page("sort_by", byEmail, "limit", 3, "cursor", back.get("prev_cursor").asText())));

        JsonNode byDate = page("limit", 4);
        String fresh = DevUsers.create(api, "c1@x.io").get("display_id").asText();
        JsonNode rest = page("limit", 10, "cursor", byDate.get("next_cursor").asText());
        List<String> seen = new ArrayList<>(ids(byDate));
        seen.addAll(ids(rest));
        assertEquals(ids(page("limit", 100)), seen, "every user exactly once, the newest last");
        assertEquals(fresh, seen.getLast());
    }

    @Test
    void cursors_are_left_out_once_the_users_on_their_side_are_merged_away() {
        List<String> u = createUsers("a@x.io", "b@x.io", "c@x.io", "d@x.io", "e@x.io");
        List<String> shadow = List.of("shadow");
        JsonNode first = page("state", shadow, "limit", 2);
        JsonNode last = page("state", shadow, "limit", 2, "mode", "before");
        assertEquals(u.subList(3, 5), ids(last));
        for (String gone : List.of(u.get(0), u.get(1), u.get(3), u.get(4))) {
            api.post("/dev-users.merge", json("primary_user", u.get(2), "secondary_user", gone)).assertStatus(200);
        }

        JsonNode forward = page("state", shadow, "limit", 2, "cursor", first.get("next_cursor").asText());
        assertEquals(List.of(u.get(2)), ids(forward));
        assertFalse(forward.has("prev_cursor") || forward.has("next_cursor"), "nothing is left on either side: " + forward);
        JsonNode back = page("state", shadow, "limit", 2, "cursor", last.get("prev_cursor").asText());
        assertEquals(List.of(u.get(2)), ids(back));
        assertFalse(back.has("prev_cursor") || back.has("next_cursor"), "nothing is left on either side: " + back);
    }

    @Test
    void a_cursor_is_refused_with_another_filter_or_sort_but_not_another_limit() {
        createUsers("a@x.io", "b@x.io", "c@x.io", "d@x.io");
        JsonNode first = api.get(LIST, "state=shadow&limit=2").assertStatus(200).body();
        String cursor = first.get("next_cursor").asText();

        api.get(LIST, "state=active&limit=2&cursor=" + cursor).assertError(400, "value_not_permitted", "cursor");
        api.get(LIST, "limit=2&cursor=" + cursor).assertError(400, "value_not_permitted", "cursor");
        api.get(LIST, "state=shadow&sort_by=email:asc&limit=2&cursor=" + cursor)
            .assertError(400, "value_not_permitted", "cursor");
        JsonNode next = api.get(LIST, "state=shadow&limit=2&cursor=" + cursor).assertStatus(200).body();
        assertEquals(next, page("state", List.of("shadow"), "limit", 2, "cursor", cursor), "GET and POST cursors agree");
        assertEquals(ids(next).subList(0, 1), ids(page("state", List.of("shadow"), "limit", 1, "cursor", cursor)));
    }

    @Test
    void a_garbage_cursor_is_refused() {
        createUsers("a@x.io", "b@x.io");
        String cursor = page("limit", 1).get("next_cursor").asText();
        for (String garbage : List.of("garbage", "%25%25%25", "W10", cursor.substring(0, cursor.length() - 3), "x" + cursor)) {
            api.get(LIST, "limit=1&cursor=" + garbage).assertError(400, "value_not_permitted", "cursor");
        }
        api.post(LIST, json("limit", 1, "cursor", "eyJhIjoxfQ")).assertError(400, "value_not_permitted", "cursor");
        assertEquals(1, page("limit", 1, "cursor", cursor).get("dev_users").size(), "the real cursor still works");
    }

    @Test
    void an_unknown_sort_field_or_direction_is_refused() {
        api.get(LIST, "sort_by=password:asc").assertError(400, "invalid_field", "sort_by").assertMessageContains("email");
        api.post(LIST, json("sort_by", List.of("email:asc", "full_name:desc"))).assertError(400, "invalid_field", "sort_by");
        api.post(LIST, json("sort_by", List.of("email:up"))).assertError(400, "invalid_enum_value", "sort_by");
        api.post(LIST, json("sort_by", List.of("email:asc", "email:desc"))).assertError(400, "value_not_permitted", "sort_by");
    }
}
