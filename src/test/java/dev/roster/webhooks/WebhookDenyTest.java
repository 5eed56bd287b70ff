package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a server started with {@code --webhook-deny 127.0.0.1/32} (and without verification). */
class WebhookDenyTest extends DeliveryTest {
    @Override
    protected DeliveryServers.Variant variant() { return DeliveryServers.Variant.DENY; }

    @Test
    void a_url_naming_a_denied_address_is_refused_at_create_and_update_naming_the_range() {
        api.post("/webhooks.create", ApiTest.json("url", "http://127.0.0.1:8080/hooks"))
            .assertError(400, "value_not_permitted", "url").assertMessageContains("127.0.0.1/32");
        api.post("/webhooks.create", ApiTest.json("url", "http://[::ffff:127.0.0.1]:8080/hooks"))
            .assertError(400, "value_not_permitted", "url");
        JsonNode allowed = Webhooks.create(api, "url", "http://127.0.0.2:9/hooks");
        api.post("/webhooks.update", ApiTest.json("id", Webhooks.id(allowed), "url", "http://127.0.0.1/x"))
            .assertError(400, "value_not_permitted", "url");
        assertEquals("http://127.0.0.2:9/hooks", Webhooks.get(api, allowed).get("url").asText());
    }

    @Test
    void a_name_that_resolves_to_a_denied_address_is_refused_at_delivery_and_nothing_reaches_it() {
        Receiver target = receiver("deny-secret-1");
        JsonNode webhook = Webhooks.create(api, "url", "http://localhost:" + target.port() + "/hooks", "secret", target.secret(),
            "event_types", List.of("webhook_created"));
        createOther("http://127.0.0.3:9/other");
        // Without verification the webhook is active at once, so it also gets the event of its own creation.
        List<String> outcomes = settledDeliveries(webhook);
        assertEquals(2, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.matches("failed: localhost resolves to 127\\.0\\.0\\.1, in the denied range .*")),
            outcomes.toString());
        assertTrue(target.arrivals().isEmpty());
    }

    @Test
    void a_redirect_to_a_denied_address_is_not_followed() {
        Receiver target = receiver("deny-secret-2");
        Receiver redirecting = track(new Receiver("deny-secret-2", "127.0.0.2"))
            .behave((body, n) -> new Receiver.Answer(307, "", target.url()));
        JsonNode webhook = Webhooks.create(api, "url", redirecting.url(), "secret", redirecting.secret(),
            "event_types", List.of("webhook_created"));
        createOther("http://127.0.0.3:9/other");
        List<String> outcomes = settledDeliveries(webhook);
        assertTrue(outcomes.stream().allMatch(o -> o.startsWith("failed: ") && o.contains("denied range")), outcomes.toString());
        assertEquals(3 * outcomes.size(), redirecting.arrivals().size(), "every attempt reached the first address");
        assertTrue(target.arrivals().isEmpty(), "and none was redirected to the denied one");
    }
}
