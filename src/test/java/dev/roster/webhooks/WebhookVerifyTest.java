package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookVerifyTest extends DeliveryTest {
    @Test
    void a_receiver_that_echoes_the_challenge_makes_the_webhook_active() {
        Receiver receiver = receiver("verify-secret-1");
        JsonNode webhook = Webhooks.create(api, "url", receiver.url(), "secret", receiver.secret());
        assertEquals("unverified", webhook.get("status").asText());
        awaitStatus(webhook, "active");

        Receiver.Arrival verify = receiver.arrivals().get(0);
        assertEquals("verify", verify.type());
        assertTrue(verify.isSigned(), "signed like every delivery");
        assertEquals(Webhooks.id(webhook), verify.body().get("webhook_id").asText());
        assertEquals(verify.id(), verify.headers().get("webhook-id"));
        assertEquals(32, verify.body().at("/verify/challenge").asText().length());
        EventSchema.validate(verify.body());

        List<JsonNode> changes = Events.all(api).stream().filter(e -> e.get("type").asText().equals("webhook_updated")).toList();
        assertEquals(1, changes.size(), "the verification's success is told as an update: " + changes);
        assertEquals("active", Events.object(changes.get(0), "webhook").get("status").asText());
        assertEquals("unverified", Events.object(changes.get(0), "old_webhook").get("status").asText());
        Events.checkAgainstContract(changes.get(0));
    }

    @Test
    void a_wrong_challenge_leaves_it_unverified_after_every_attempt_until_activate_starts_a_new_verification() {
        Receiver receiver = receiver("verify-secret-2");
        receiver.behave((body, n) -> new Receiver.Answer(200, "{\"challenge\":\"not-it\"}", null));
        JsonNode webhook = Webhooks.create(api, "url", receiver.url(), "secret", receiver.secret());
        assertEquals("failed", verificationOutcome(webhook));
        assertEquals(3, receiver.arrivals().size(), "each attempt of the schedule");
        assertEquals("unverified", Webhooks.get(api, webhook).get("status").asText());

        receiver.behave(Receiver.CORRECT);
        assertEquals("unverified", Webhooks.update(api, "id", Webhooks.id(webhook), "action", "activate").get("status").asText());
        awaitStatus(webhook, "active");
    }

    @Test
    void a_url_that_never_answers_leaves_it_unverified_until_a_new_url_answers() {
        JsonNode webhook = Webhooks.create(api, "url", Webhooks.NOWHERE, "secret", "verify-secret-3");
        assertEquals("failed", verificationOutcome(webhook));
        assertEquals("unverified", Webhooks.get(api, webhook).get("status").asText());

        Receiver receiver = receiver("verify-secret-3");
        Webhooks.update(api, "id", Webhooks.id(webhook), "url", receiver.url());
        awaitStatus(webhook, "active");
    }

    @Test
    void a_new_secret_makes_an_active_webhook_unverified_and_it_gets_no_events_until_verified_again() {
        Receiver receiver = receiver("verify-secret-4");
        JsonNode webhook = activeWebhook(receiver, List.of("webhook_created"));
        receiver.behave((body, n) -> new Receiver.Answer(503, "", null));
        JsonNode changed = Webhooks.update(api, "id", Webhooks.id(webhook), "secret", receiver.secret());
        assertEquals("unverified", changed.get("status").asText());
        JsonNode missed = createOther(Webhooks.NOWHERE);
        assertEquals("failed", verificationOutcome(webhook));

        receiver.behave(Receiver.CORRECT);
        Webhooks.update(api, "id", Webhooks.id(webhook), "action", "activate");
        awaitStatus(webhook, "active");
        JsonNode seen = createOther(Webhooks.NOWHERE);
        List<Receiver.Arrival> events = receiver.awaitAccepted(1);
        assertEquals(Webhooks.id(seen), events.get(0).body().at("/webhook_created/webhook/id").asText());
        assertTrue(receiver.arrivals().stream().noneMatch(a -> a.body().toString().contains(Webhooks.id(missed) + "\"")));
    }
}
