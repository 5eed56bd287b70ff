package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The webhook pages, in Chromium: list, open, create, edit the event types, deactivate and activate
 * again. Each change is checked through the API.
 */
class AdminPageWebhooksTest {
    @Test
    void a_webhook_is_created_listed_opened_edited_deactivated_and_activated_again() {
        AdminPageServer server = AdminPageServer.withoutWebhookVerification();
        String url = "http://127.0.0.1:9/" + Acme.unique("hooks");
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/webhooks");
        page.navigate("New webhook").expectHeading("New webhook");
        page.fill("URL", url).choose("Event types", "tag_created").choose("Event types", "tag_deleted")
            .fill("Headers (Name: value)", "X-Team: blue").submit("Create webhook").expectHeading(url).expectText("Created webhook");
        JsonNode created = byUrl(server.api(), url);
        String id = created.path("display_id").asText();
        assertEquals("active", created.path("status").asText());
        assertEquals(Set.of("tag_created", "tag_deleted"), types(created));
        assertEquals("X-Team", created.at("/headers/0/name").asText());
        page.screenshot("webhook");

        page.visit("#/webhooks");
        assertTrue(page.listedIds().contains(id), page.listedIds().toString());
        page.navigate(id).expectHeading(url);
        page.navigate("Edit").expectHeading("Edit webhook " + id);
        page.unchoose("Event types", "tag_deleted").choose("Event types", "rev_user_created").submit("Save")
            .expectHeading(url).expectText("Saved.");
        assertEquals(Set.of("tag_created", "rev_user_created"), types(byUrl(server.api(), url)));
        assertEquals("X-Team", byUrl(server.api(), url).at("/headers/0/name").asText(), "headers left alone stay");

        page.submit("Deactivate").expectText("Deactivated.");
        assertEquals("inactive", byUrl(server.api(), url).path("status").asText());
        page.submit("Activate").expectText("Activated.");
        assertEquals("active", byUrl(server.api(), url).path("status").asText());
    }

    @Test
    void a_webhook_waiting_for_its_verification_can_be_deactivated() {
        AdminPageServer server = AdminPageServer.get();
        String url = "http://127.0.0.1:9/" + Acme.unique("unverified");
        JsonNode webhook = server.api().post("/webhooks.create", "{\"url\":\"" + url + "\",\"event_types\":[\"tag_created\"]}")
            .assertStatus(201).body().path("webhook");
        assertEquals("unverified", webhook.path("status").asText());
        AdminPage page = server.page().signIn(server.adminToken()).visit("#/webhooks/" + webhook.path("display_id").asText());

        page.expectHeading(url).submit("Deactivate").expectText("Deactivated.");
        assertEquals("inactive", byUrl(server.api(), url).path("status").asText());
    }

    private static JsonNode byUrl(Api api, String url) {
        for (JsonNode webhook : api.post("/webhooks.list", "{}").assertStatus(200).body().path("webhooks")) {
            if (webhook.path("url").asText().equals(url)) return webhook;
        }
        throw new AssertionError("no webhook of " + url);
    }

    private static Set<String> types(JsonNode webhook) {
        Set<String> types = new HashSet<>();
        webhook.path("event_types").forEach(type -> types.add(type.asText()));
        return types;
    }
}
