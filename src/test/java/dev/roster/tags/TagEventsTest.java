package dev.roster.tags;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import dev.roster.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A tag's changes emit tag_created, _updated and _deleted; the objects that carried a deleted tag emit nothing. */
class TagEventsTest extends ApiTest {
    @Test
    void create_update_and_delete_emit_the_tag_after_and_before() {
        Events events = Events.watch(api);
        JsonNode vip = api.post("/tags.create", json("name", "vip")).assertStatus(201).body().get("tag");
        assertEquals(vip, object(events.expect("tag_created").getFirst(), "tag"));

        JsonNode renamed = api.post("/tags.update", json("id", vip.get("id").asText(), "name", "VIP"))
            .assertStatus(200).body().get("tag");
        JsonNode updated = events.expect("tag_updated").getFirst();
        assertEquals(vip, object(updated, "old_tag"));
        assertEquals(renamed, object(updated, "tag"));

        api.post("/accounts.create", json("display_name", "Acme", "tags", List.of(Map.of("id", vip.get("id").asText()))))
            .assertStatus(201);
        events.expect("account_created", "rev_org_created");
        api.post("/tags.delete", json("id", vip.get("id").asText())).assertStatus(200);
        JsonNode deleted = events.expect("tag_deleted").getFirst();
        assertEquals(vip.get("id").asText(), object(deleted, "id").asText());
        assertEquals(renamed, object(deleted, "old_tag"));
    }

    @Test
    void a_taken_name_emits_nothing() {
        api.post("/tags.create", json("name", "vip")).assertStatus(201);
        String churn = api.post("/tags.create", json("name", "churn")).assertStatus(201).at("/tag/id");
        Events events = Events.watch(api);
        api.post("/tags.create", json("name", "VIP")).assertError(400, "value_not_permitted", "name");
        api.post("/tags.update", json("id", churn, "name", "vip")).assertError(400, "value_not_permitted", "name");
        events.assertNone();
    }
}
