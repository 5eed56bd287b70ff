package dev.roster.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsListTest extends ApiTest {
    private static final String LIST = "/_roster/events.list";

    private String tag(String name) {
        return api.post("/tags.create", json("name", name)).assertStatus(201).at("/tag/display_id");
    }

    private List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.get("events").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    @Test
    void events_come_newest_first_with_the_type_object_under_its_key() {
        String vip = tag("vip");
        api.post("/tags.update", json("id", vip, "name", "VIP")).assertStatus(200);

        JsonNode events = api.get(LIST).assertStatus(200).body().get("events");
        assertEquals(2, events.size());
        JsonNode updated = events.get(0);
        assertEquals("tag_updated", updated.get("type").asText());
        assertEquals("VIP", updated.at("/tag_updated/tag/name").asText());
        assertEquals("vip", updated.at("/tag_updated/old_tag/name").asText());
        assertEquals(updated.at("/tag_updated/tag/id").asText(), updated.get("object_id").asText());
        assertTrue(updated.get("id").asText().startsWith("don:integration:dvrv-us-1:devo/" + tenant.orgId() + ":event/"));
        Instant.parse(updated.get("timestamp").asText());
        assertEquals("tag_created", events.get(1).get("type").asText());
        assertTrue(Events.number(events.get(0)) > Events.number(events.get(1)));
    }

    @Test
    void get_and_post_agree_and_filter_by_type() {
        String vip = tag("vip");
        api.post("/tags.update", json("id", vip, "description", "important")).assertStatus(200);
        api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201);

        JsonNode get = api.get(LIST, "type=tag_created,account_created").assertStatus(200).body();
        assertEquals(get, api.post(LIST, json("type", List.of("tag_created", "account_created"))).assertStatus(200).body());
        assertEquals(List.of("account_created", "tag_created"), types(get));
    }

    @Test
    void an_unknown_type_is_refused_naming_the_allowed_ones() {
        api.post(LIST, json("type", List.of("tag_renamed"))).assertError(400, "invalid_enum_value", "type")
            .assertMessageContains("tag_created");
        api.get(LIST, "type=verify").assertError(400, "invalid_enum_value", "type");
    }

    @Test
    void filter_by_object_takes_its_display_id_or_its_don() {
        String vip = tag("vip");
        tag("churn");
        api.post("/tags.update", json("id", vip, "description", "important")).assertStatus(200);
        String don = api.post("/tags.get", json("id", vip)).assertStatus(200).at("/tag/id");

        assertEquals(List.of("tag_updated", "tag_created"), types(api.post(LIST, json("object", vip)).assertStatus(200).body()));
        assertEquals(List.of("tag_updated", "tag_created"), types(api.get(LIST, "object=" + don).assertStatus(200).body()));
        assertEquals(List.of(), types(api.post(LIST, json("object", "REVU-1")).assertStatus(200).body()));
    }

    @Test
    void a_bad_object_id_is_refused_and_another_tenants_is_not_found() {
        api.post(LIST, json("object", "junk")).assertError(400, "invalid_id", "object");
        api.post(LIST, json("object", "TOKEN-3")).assertError(400, "unexpected_id_type", "object");
        String theirs = server.newTenant().admin().post("/tags.create", json("name", "theirs")).assertStatus(201).at("/tag/id");
        api.post(LIST, json("object", theirs)).assertError(404, "not_found", null);
    }

    @Test
    void filter_by_created_date() {
        tag("before");
        String last = api.get(LIST).assertStatus(200).at("/events/0/timestamp");
        letTheClockTick();
        tag("after");

        JsonNode later = api.get(LIST, "created_date.after=" + Instant.parse(last).plusMillis(1)).assertStatus(200).body();
        assertEquals(List.of("after"), later.findValues("name").stream().map(JsonNode::asText).toList());
        JsonNode earlier = api.post(LIST, json("created_date", Map.of("before", last))).assertStatus(200).body();
        assertEquals(List.of("before"), earlier.findValues("name").stream().map(JsonNode::asText).toList());
    }

    @Test
    void pages_walk_every_event_once_in_both_directions() {
        for (int i = 0; i < 5; i++) tag("t" + i);
        JsonNode first = api.post(LIST, json("limit", 2)).assertStatus(200).body();
        assertFalse(first.has("prev_cursor"));
        JsonNode second = api.post(LIST, json("limit", 2, "cursor", first.get("next_cursor").asText())).assertStatus(200).body();
        JsonNode third = api.post(LIST, json("limit", 2, "cursor", second.get("next_cursor").asText())).assertStatus(200).body();
        assertEquals(1, third.get("events").size());
        assertFalse(third.has("next_cursor"));
        List<String> names = new ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) page.findValues("name").forEach(n -> names.add(n.asText()));
        assertEquals(List.of("t4", "t3", "t2", "t1", "t0"), names);
        JsonNode back = api.post(LIST, json("limit", 2, "cursor", second.get("prev_cursor").asText())).assertStatus(200).body();
        assertEquals(first.get("events"), back.get("events"));
        api.post(LIST, json("limit", 0)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("type", List.of("tag_created"), "cursor", first.get("next_cursor").asText()))
            .assertError(400, "value_not_permitted", "cursor");
    }

    @Test
    void another_dev_org_never_sees_these_events() {
        tag("mine");
        JsonNode theirs = server.newTenant().admin().get(LIST).assertStatus(200).body().get("events");
        assertEquals(0, theirs.size());
    }

    @Test
    void only_an_admin_token_reads_events() {
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).get(LIST).assertError(403, "forbidden", null);
        api.anonymous().get(LIST).assertError(401, "unauthenticated", null);
        server.operator().get(LIST).assertError(403, "forbidden", null);
    }
}
