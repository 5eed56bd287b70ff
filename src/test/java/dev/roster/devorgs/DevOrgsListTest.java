package dev.roster.devorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevOrgsListTest extends ApiTest {
    private static final String LIST = "/_roster/dev-orgs.list";

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("dev_orgs").forEach(org -> ids.add(org.get("id").asText()));
        return ids;
    }

    @Test
    void pages_walk_every_dev_org_oldest_first_forward_and_back() {
        Api operator = server.operator();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(operator.post("/_roster/dev-orgs.create", "{}").assertStatus(201).at("/dev_org/id"));
        }
        List<String> all = new ArrayList<>();
        JsonNode page = operator.get(LIST, "limit=2").assertStatus(200).body();
        assertFalse(page.has("prev_cursor"));
        all.addAll(ids(page));
        JsonNode second = page;
        while (page.has("next_cursor")) {
            second = page;
            page = operator.post(LIST, json("limit", 2, "cursor", page.get("next_cursor").asText())).assertStatus(200).body();
            all.addAll(ids(page));
        }
        assertEquals("don:identity:dvrv-us-1:devo/1", all.getFirst());
        assertEquals(created, all.subList(all.size() - 3, all.size()));
        assertEquals(all.stream().distinct().count(), all.size());
        assertTrue(page.has("prev_cursor"));
        JsonNode back = operator.post(LIST, json("limit", 2, "cursor", page.get("prev_cursor").asText(), "mode", "before"))
            .assertStatus(200).body();
        assertEquals(ids(second).getLast(), ids(back).getLast());
    }

    @Test
    void bad_limits_and_cursors_are_refused() {
        Api operator = server.operator();
        operator.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
        operator.post(LIST, json("limit", "x")).assertError(400, "unexpected_json_type", "limit");
        operator.post(LIST, json("sort_by", List.of("display_name:asc"))).assertError(400, "invalid_field", "sort_by");
        operator.get(LIST, "cursor=garbage").assertStatus(400);
    }
}
