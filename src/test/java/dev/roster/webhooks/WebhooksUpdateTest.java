package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhooksUpdateTest extends ApiTest {
    private static final String UPDATE = "/webhooks.update";

    private JsonNode webhook() {
        return Webhooks.create(api, "url", Webhooks.NOWHERE, "event_types", List.of("tag_created", "tag_updated"),
            "headers", List.of(Map.of("name", "X-A", "value", "1"), Map.of("name", "X-B", "value", "2")));
    }

    @Test
    void event_types_are_added_removed_or_set() {
        JsonNode webhook = webhook();
        String id = Webhooks.id(webhook);
        JsonNode changed = Webhooks.update(api, "id", id, "event_types",
            Map.of("add", List.of("group_created", "tag_created"), "remove", List.of("tag_updated", "dev_user_created")));
        assertEquals(List.of("tag_created", "group_created"), WebhooksCreateTest.strings(changed.get("event_types")));
        changed = Webhooks.update(api, "id", id, "event_types", Map.of("set", List.of("webhook_deleted")));
        assertEquals(List.of("webhook_deleted"), WebhooksCreateTest.strings(changed.get("event_types")));
        assertEquals(changed, Webhooks.get(api, webhook));
    }

    @Test
    void headers_are_added_replacing_by_name_removed_or_set() {
        String id = Webhooks.id(webhook());
        JsonNode changed = Webhooks.update(api, "id", id, "headers", Map.of(
            "add", List.of(Map.of("name", "x-a", "value", "new"), Map.of("name", "X-C", "value", "3")), "remove", List.of("x-b")));
        assertEquals("[{\"name\":\"x-a\",\"value\":\"new\"},{\"name\":\"X-C\",\"value\":\"3\"}]", changed.get("headers").toString());
        changed = Webhooks.update(api, "id", id, "headers", Map.of("set", List.of()));
        assertEquals(0, changed.get("headers").size());
    }

    @Test
    void set_with_add_or_remove_is_refused_and_nothing_changes() {
        JsonNode webhook = webhook();
        api.post(UPDATE, json("id", Webhooks.id(webhook), "event_types", Map.of("set", List.of(), "add", List.of("tag_deleted"))))
            .assertError(400, "value_not_permitted", "event_types.set").assertMessageContains("cannot be combined");
        api.post(UPDATE, json("id", Webhooks.id(webhook), "headers", Map.of("set", List.of(), "remove", List.of("X-A"))))
            .assertError(400, "value_not_permitted", "headers.set");
        api.post(UPDATE, json("id", Webhooks.id(webhook), "event_types", Map.of("add", List.of("verify"))))
            .assertError(400, "invalid_enum_value", "event_types.add");
        api.post(UPDATE, json("id", Webhooks.id(webhook), "action", "pause")).assertError(400, "invalid_enum_value", "action");
        api.post(UPDATE, json("id", Webhooks.id(webhook), "url", "mailto:x@example.com")).assertError(400, "value_not_permitted", "url");
        java.util.List<Map<String, String>> seven = java.util.stream.IntStream.range(0, 7)
            .mapToObj(i -> Map.of("name", "X-" + i, "value", "v")).toList();
        api.post(UPDATE, json("id", Webhooks.id(webhook), "headers", Map.of("add", seven)))
            .assertError(400, "value_not_permitted", "headers").assertMessageContains("at most 8");
        assertEquals(webhook, Webhooks.get(api, webhook));
    }

    @Test
    void an_empty_secret_asks_for_a_new_one_and_a_given_one_is_kept() {
        JsonNode webhook = webhook();
        JsonNode renewed = Webhooks.update(api, "id", Webhooks.id(webhook), "secret", "");
        assertNotEquals(webhook.get("secret"), renewed.get("secret"));
        assertEquals(32, renewed.get("secret").asText().length());
        assertEquals("my-own-secret", Webhooks.update(api, "id", Webhooks.id(webhook), "secret", "my-own-secret").get("secret").asText());
        api.post(UPDATE, json("id", Webhooks.id(webhook), "secret", "1234567")).assertError(400, "value_not_permitted", "secret");
    }

    @Test
    void deactivate_makes_it_inactive_and_activate_starts_a_verification_of_an_unverified_url() {
        JsonNode webhook = webhook();
        assertEquals("inactive", Webhooks.update(api, "id", Webhooks.id(webhook), "action", "deactivate").get("status").asText());
        assertEquals("inactive", Webhooks.update(api, "id", Webhooks.id(webhook), "url", Webhooks.NOWHERE + "/2")
            .get("status").asText(), "a new url leaves an inactive webhook inactive");
        assertEquals("unverified", Webhooks.update(api, "id", Webhooks.id(webhook), "action", "activate").get("status").asText());
    }

    @Test
    void another_tenants_webhook_is_not_found_and_unchanged() {
        var other = server.newTenant().admin();
        JsonNode theirs = Webhooks.create(other, "url", Webhooks.NOWHERE);
        api.post(UPDATE, json("id", Webhooks.id(theirs), "action", "deactivate")).assertStatus(404);
        assertEquals(theirs, Webhooks.get(other, theirs));
    }
}
