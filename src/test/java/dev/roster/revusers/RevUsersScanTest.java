package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevUsersScanTest extends ApiTest {
    private static final String SCAN = "/rev-users.scan";

    private List<String> createUsers(int count, String prefix, Object... extra) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Object> fields = new ArrayList<>(List.of("display_name", prefix + i));
            fields.addAll(List.of(extra));
            ids.add(api.post("/rev-users.create", json(fields.toArray())).assertStatus(201).at("/rev_user/display_id"));
        }
        return ids;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("rev_users").forEach(user -> ids.add(user.get("display_id").asText()));
        return ids;
    }

    private static long number(String displayId) {
        return Long.parseLong(displayId.substring("REVU-".length()));
    }

    /** Scans to the end by POST with a filter body (without its closing brace), answering the page sizes and ids. */
    private List<List<String>> scanAll(String filter) {
        List<List<String>> pages = new ArrayList<>();
        JsonNode page = api.post(SCAN, filter + "}").assertStatus(200).body();
        while (true) {
            pages.add(ids(page));
            if (!page.has("next_cursor")) return pages;
            String cursor = page.get("next_cursor").asText();
            page = api.post(SCAN, filter + (filter.length() > 1 ? "," : "") + "\"cursor\":\"" + cursor + "\"}")
                .assertStatus(200).body();
        }
    }

    @Test
    void a_scan_walks_every_user_once_in_pages_of_a_hundred_until_the_end() {
        String tag = api.post("/tags.create", json("name", "batch")).assertStatus(201).at("/tag/id");
        List<String> tagged = createUsers(130, "t", "tags", List.of(Map.of("id", tag)));
        List<String> plain = createUsers(70, "p");

        List<List<String>> all = scanAll("{");
        assertEquals(List.of(100, 100), all.stream().map(List::size).toList(), "the last full page has no next_cursor");
        List<String> seen = all.stream().flatMap(List::stream).toList();
        List<String> expected = new ArrayList<>(tagged);
        expected.addAll(plain);
        assertEquals(expected, seen, "every user once, in a stable order");

        List<List<String>> onlyTagged = scanAll("{\"tags\":[\"" + tag + "\"]");
        assertEquals(List.of(100, 30), onlyTagged.stream().map(List::size).toList());
        assertEquals(tagged, onlyTagged.stream().flatMap(List::stream).toList());
    }

    @Test
    void get_and_post_scan_alike_with_filters_and_cursors() {
        String org = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/default_rev_org/id");
        List<String> linked = createUsers(105, "a", "rev_org", org, "email", "x@acme.io");
        createUsers(3, "b", "email", "x@acme.io");

        JsonNode viaGet = api.get(SCAN, "rev_org=" + org + "&email=X@acme.io").assertStatus(200).body();
        JsonNode viaPost = api.post(SCAN, json("rev_org", List.of(org), "email", List.of("X@acme.io"))).assertStatus(200).body();
        assertEquals(viaGet, viaPost);
        assertEquals(linked.subList(0, 100), ids(viaGet));
        String cursor = viaGet.get("next_cursor").asText();
        JsonNode rest = api.get(SCAN, "rev_org=" + org + "&email=X@acme.io&cursor=" + cursor).assertStatus(200).body();
        assertEquals(rest, api.post(SCAN, json("rev_org", List.of(org), "email", List.of("X@acme.io"), "cursor", cursor))
            .assertStatus(200).body());
        assertEquals(linked.subList(100, 105), ids(rest));
        assertFalse(rest.has("next_cursor") || rest.has("prev_cursor"), rest.toString());
    }

    @Test
    void inserts_and_deletes_during_a_scan_never_repeat_skip_or_resurrect_a_user() {
        List<String> original = createUsers(250, "u");
        Set<String> deleted = new HashSet<>();
        List<String> inserted = new ArrayList<>();
        List<String> seen = new ArrayList<>();

        JsonNode page = api.post(SCAN, "{}").assertStatus(200).body();
        int round = 0;
        while (true) {
            List<String> got = ids(page);
            for (String id : got) assertFalse(deleted.contains(id), id + " was deleted before the scan reached it");
            seen.addAll(got);
            if (!page.has("next_cursor")) break;
            // Between pages: delete the cursor's own last user, some already seen, some not yet seen; insert more.
            List<String> doomed = new ArrayList<>(List.of(got.getLast(), got.getFirst()));
            original.stream().filter(id -> !seen.contains(id) && !deleted.contains(id)).skip(3 + round).limit(7)
                .forEach(doomed::add);
            for (String id : doomed) {
                api.post("/rev-users.delete", json("id", id)).assertStatus(200);
                deleted.add(id);
            }
            inserted.addAll(createUsers(20, "new" + round + "-"));
            round++;
            page = api.post(SCAN, json("cursor", page.get("next_cursor").asText())).assertStatus(200).body();
        }

        assertEquals(seen.size(), new LinkedHashSet<>(seen).size(), "no user twice: " + seen);
        for (String id : original) {
            if (!deleted.contains(id)) assertTrue(seen.contains(id), "surviving " + id + " was skipped");
        }
        for (String id : inserted) assertTrue(seen.contains(id), "inserted " + id + " was skipped");
        List<Long> order = seen.stream().map(RevUsersScanTest::number).toList();
        assertEquals(order.stream().sorted().toList(), order, "a stable order");
        assertTrue(round >= 2, "the scan spanned several pages");
    }

    @Test
    void a_deleted_user_is_skipped_and_an_empty_scan_is_one_empty_page() {
        JsonNode empty = api.get(SCAN).assertStatus(200).body();
        assertEquals(0, empty.get("rev_users").size());
        assertFalse(empty.has("next_cursor"), empty.toString());

        List<String> users = createUsers(3, "u");
        api.post("/rev-users.delete", json("id", users.get(1))).assertStatus(200);
        assertEquals(List.of(users.get(0), users.get(2)), ids(api.get(SCAN).assertStatus(200).body()));
    }

    @Test
    void paging_fields_other_than_the_cursor_are_refused() {
        api.get(SCAN, "limit=10").assertError(400, "invalid_field", "limit");
        api.post(SCAN, json("mode", "after")).assertError(400, "invalid_field", "mode");
        api.post(SCAN, json("sort_by", List.of("created_date:asc"))).assertError(400, "invalid_field", "sort_by");
    }

    @Test
    void a_cursor_is_refused_with_another_filter_and_garbage_is_refused() {
        createUsers(101, "u", "email", "a@x.io");
        String cursor = api.post(SCAN, json("email", List.of("a@x.io"))).assertStatus(200).at("/next_cursor");

        api.post(SCAN, json("cursor", cursor)).assertError(400, "value_not_permitted", "cursor");
        api.post(SCAN, json("email", List.of("b@x.io"), "cursor", cursor)).assertError(400, "value_not_permitted", "cursor");
        api.get(SCAN, "cursor=garbage").assertError(400, "value_not_permitted", "cursor");
        String listCursor = api.get("/rev-users.list", "email=a@x.io&limit=1").assertStatus(200).at("/next_cursor");
        api.get(SCAN, "email=a@x.io&cursor=" + listCursor).assertError(400, "value_not_permitted", "cursor");
        api.get(SCAN, "email=a@x.io&cursor=x" + cursor).assertError(400, "value_not_permitted", "cursor");
        assertEquals(1, api.get(SCAN, "email=a@x.io&cursor=" + cursor).assertStatus(200).body().get("rev_users").size());
    }

    @Test
    void a_read_token_may_scan_and_an_anonymous_call_may_not() {
        createUsers(2, "u");
        long reader = DevUsers.number(DevUsers.create(api, "reader@example.com"));
        assertEquals(2, tenant.as(reader, Scope.READ).get(SCAN).assertStatus(200).body().get("rev_users").size());
        api.anonymous().get(SCAN).assertError(401, "unauthenticated", null);
        assertEquals(0, server.newTenant().admin().get(SCAN).assertStatus(200).body().get("rev_users").size(),
            "another tenant sees none of them");
    }
}
