package dev.roster.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotsListTest extends ApiTest {
    private static final String LIST = "/_roster/snapshots.list";

    @Test
    void snapshots_are_listed_oldest_first_from_initial_in_pages_by_get_and_post() {
        for (String name : List.of("a", "b", "c")) {
            letTheClockTick();
            api.post("/_roster/snapshots.create", json("name", name)).assertStatus(201);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get(LIST, "limit=2" + (cursor == null ? "" : "&cursor=" + cursor)).assertStatus(200).body();
            page.get("snapshots").forEach(s -> names.add(s.get("name").asText()));
            cursor = page.path("next_cursor").asText(null);
        } while (cursor != null);
        assertEquals(List.of("initial", "a", "b", "c"), names);

        JsonNode second = api.post(LIST, json("limit", 2)).assertStatus(200).body();
        JsonNode back = api.post(LIST, json("cursor", second.get("next_cursor").asText(), "limit", 2)).assertStatus(200).body();
        assertEquals("b", back.at("/snapshots/0/name").asText());
        assertFalse(back.has("next_cursor"));
        api.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
    }
}
