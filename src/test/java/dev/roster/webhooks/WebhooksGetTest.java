package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import org.junit.jupiter.api.Test;

class WebhooksGetTest extends ApiTest {
    @Test
    void a_webhook_is_found_by_its_don_or_display_id_with_get_or_post() {
        JsonNode webhook = Webhooks.create(api, "url", Webhooks.NOWHERE);
        assertEquals(webhook, api.get("/webhooks.get", "id=" + Webhooks.id(webhook)).assertStatus(200).body().get("webhook"));
        assertEquals(webhook, api.post("/webhooks.get", json("id", webhook.get("display_id").asText())).assertStatus(200)
            .body().get("webhook"));
    }

    @Test
    void another_tenants_webhook_and_an_unknown_one_answer_404_and_other_ids_are_refused() {
        JsonNode theirs = Webhooks.create(server.newTenant().admin(), "url", Webhooks.NOWHERE);
        api.post("/webhooks.get", json("id", Webhooks.id(theirs))).assertStatus(404);
        api.post("/webhooks.get", json("id", "WEBHOOK-999999")).assertStatus(404);
        api.post("/webhooks.get", json("id", "DEVU-1")).assertError(400, "unexpected_id_type", "id");
        api.post("/webhooks.get", json("id", "nonsense")).assertError(400, "invalid_id", "id");
        api.post("/webhooks.get", "{}").assertError(400, "missing_required_field", "id");
    }

    @Test
    void list_shows_only_the_callers_webhooks_oldest_first() {
        JsonNode first = Webhooks.create(api, "url", Webhooks.NOWHERE);
        JsonNode second = Webhooks.create(api, "url", Webhooks.NOWHERE + "/2");
        Webhooks.create(server.newTenant().admin(), "url", Webhooks.NOWHERE);
        JsonNode all = api.post("/webhooks.list", "{}").assertStatus(200).body().get("webhooks");
        assertEquals(2, all.size());
        assertEquals(first, all.get(0));
        assertEquals(second, all.get(1));
    }
}
