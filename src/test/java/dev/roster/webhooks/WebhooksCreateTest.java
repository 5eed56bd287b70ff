package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhooksCreateTest extends ApiTest {
    private static final String CREATE = "/webhooks.create";

    private int count() {
        return api.post("/webhooks.list", "{}").assertStatus(200).body().get("webhooks").size();
    }

    @Test
    void creating_a_webhook_answers_201_with_a_don_a_generated_secret_and_status_unverified() {
        JsonNode webhook = Webhooks.create(api, "url", Webhooks.NOWHERE, "event_types", List.of("tag_created", "webhook_updated"),
            "headers", List.of(Map.of("name", "X-Team", "value", "blue")));

        String id = webhook.get("id").asText();
        assertTrue(id.matches("don:integration:dvrv-us-1:devo/" + tenant.orgId() + ":webhook/\\d+"), id);
        assertEquals("unverified", webhook.get("status").asText());
        assertEquals(Webhooks.NOWHERE, webhook.get("url").asText());
        assertEquals(List.of("tag_created", "webhook_updated"), strings(webhook.get("event_types")));
        assertEquals("X-Team", webhook.at("/headers/0/name").asText());
        assertEquals(24, Base64.getDecoder().decode(webhook.get("secret").asText()).length, "192 random bits");
        assertEquals(tenant.adminDisplayId(), webhook.at("/created_by/display_id").asText());
        assertEquals(webhook, Webhooks.get(api, webhook));
        assertEquals(webhook, api.get("/webhooks.list").assertStatus(200).body().at("/webhooks/0"));
    }

    @Test
    void a_given_secret_is_kept_and_returned_as_given_and_secrets_differ_between_webhooks() {
        JsonNode chosen = Webhooks.create(api, "url", Webhooks.NOWHERE, "secret", "s3cr3t-of-mine");
        assertEquals("s3cr3t-of-mine", chosen.get("secret").asText());
        assertEquals("s3cr3t-of-mine", Webhooks.get(api, chosen).get("secret").asText());
        assertNotEquals(Webhooks.create(api, "url", Webhooks.NOWHERE).get("secret"),
            Webhooks.create(api, "url", Webhooks.NOWHERE).get("secret"));
    }

    @Test
    void bad_fields_are_refused_naming_the_field_and_nothing_is_made() {
        api.post(CREATE, json()).assertError(400, "missing_required_field", "url");
        api.post(CREATE, json("url", "ftp://example.com/x")).assertError(400, "value_not_permitted", "url")
            .assertMessageContains("http or https");
        api.post(CREATE, json("url", "not a url")).assertError(400, "value_not_permitted", "url");
        api.post(CREATE, json("url", "https://user:pw@example.com/")).assertError(400, "value_not_permitted", "url");
        api.post(CREATE, json("url", Webhooks.NOWHERE, "secret", "short")).assertError(400, "value_not_permitted", "secret")
            .assertMessageContains("8 to 32");
        api.post(CREATE, json("url", Webhooks.NOWHERE, "secret", "x".repeat(33))).assertError(400, "value_not_permitted", "secret");
        api.post(CREATE, json("url", Webhooks.NOWHERE, "event_types", List.of("verify")))
            .assertError(400, "invalid_enum_value", "event_types").assertMessageContains("webhook_created");
        api.post(CREATE, json("url", Webhooks.NOWHERE, "event_types", List.of("work_created")))
            .assertError(400, "invalid_enum_value", "event_types");
        api.post(CREATE, json("url", Webhooks.NOWHERE, "headers", List.of(Map.of("name", "Bad Name", "value", "v"))))
            .assertError(400, "value_not_permitted", "headers").assertMessageContains("letters, digits");
        api.post(CREATE, json("url", Webhooks.NOWHERE, "headers", List.of(Map.of("name", "Content-Type", "value", "v"))))
            .assertError(400, "value_not_permitted", "headers").assertMessageContains("set by Roster");
        api.post(CREATE, json("url", Webhooks.NOWHERE, "headers", List.of(Map.of("name", "X-A", "value", "a\r\nX-B: b"))))
            .assertError(400, "value_not_permitted", "headers");
        List<Map<String, String>> nine = java.util.stream.IntStream.range(0, 9)
            .mapToObj(i -> Map.of("name", "X-" + i, "value", "v")).toList();
        api.post(CREATE, json("url", Webhooks.NOWHERE, "headers", nine)).assertError(400, "value_not_permitted", "headers")
            .assertMessageContains("at most 8");
        api.post(CREATE, json("url", 5)).assertError(400, "unexpected_json_type", "url");
        assertEquals(0, count());
    }

    @Test
    void only_an_admin_token_manages_webhooks() {
        JsonNode webhook = Webhooks.create(api, "url", Webhooks.NOWHERE);
        var writer = tenant.as(tenant.adminId(), Scope.WRITE);
        writer.post(CREATE, json("url", Webhooks.NOWHERE)).assertStatus(403);
        writer.post("/webhooks.get", json("id", Webhooks.id(webhook))).assertStatus(403);
        writer.post("/webhooks.list", "{}").assertStatus(403);
        assertEquals(1, count());
    }

    @Test
    void the_journal_keeps_no_webhook_secret_from_requests_or_answers() {
        Webhooks.create(api, "url", Webhooks.NOWHERE, "secret", "journal-secret-1");
        String generated = Webhooks.create(api, "url", Webhooks.NOWHERE).get("secret").asText();
        String journal = api.get("/_roster/requests.list").assertStatus(200).text();
        assertFalse(journal.contains("journal-secret-1"), journal);
        assertFalse(journal.contains(generated), journal);
    }

    static List<String> strings(JsonNode array) {
        List<String> items = new java.util.ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return items;
    }
}
