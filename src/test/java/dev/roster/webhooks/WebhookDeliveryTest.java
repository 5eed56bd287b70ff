package dev.roster.webhooks;

import static dev.roster.testing.ApiTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest extends DeliveryTest {
    private static final List<String> WEBHOOK_EVENTS = List.of("webhook_created", "webhook_updated", "webhook_deleted");

    @Test
    void each_change_of_another_webhook_arrives_signed_both_ways_with_the_standard_headers_and_the_webhooks_own() {
        Receiver receiver = receiver("receiver-secret-1");
        JsonNode hook = activeWebhook(receiver, WEBHOOK_EVENTS, "headers", List.of(Map.of("name", "X-Team", "value", "blue")));
        JsonNode other = createOther(Webhooks.NOWHERE);
        Webhooks.update(api, "id", Webhooks.id(other), "headers", Map.of("add", List.of(Map.of("name", "X-N", "value", "1"))));
        api.post("/webhooks.delete", json("id", Webhooks.id(other))).assertStatus(200);

        // The webhook's own activation, told as webhook_updated, arrives too, in no set order beside the rest.
        List<Receiver.Arrival> all = receiver.awaitAccepted(4);
        List<Receiver.Arrival> own = all.stream()
            .filter(a -> a.body().at("/webhook_updated/webhook/id").asText().equals(Webhooks.id(hook))).toList();
        assertEquals(1, own.size(), "the webhook's activation: " + all);
        assertEquals("active", own.get(0).body().at("/webhook_updated/webhook/status").asText());
        List<Receiver.Arrival> events = all.stream().filter(a -> !own.contains(a)).toList();
        assertEquals(List.of("webhook_created", "webhook_updated", "webhook_deleted"), events.stream().map(Receiver.Arrival::type).toList());
        for (Receiver.Arrival event : events) {
            assertTrue(event.isSigned(), "X-DevRev-Signature and webhook-signature hold: " + event);
            assertEquals("blue", event.headers().get("x-team"));
            assertEquals("application/json", event.headers().get("content-type").replaceAll(";.*", ""));
            assertEquals(event.id(), event.headers().get("webhook-id"));
            assertTrue(event.id().matches("don:integration:dvrv-us-1:devo/" + orgId + ":event/\\d+"), event.id());
            assertEquals(Webhooks.id(hook), event.body().get("webhook_id").asText());
            EventSchema.validate(event.body());
        }
        JsonNode created = events.get(0).body().get("webhook_created").get("webhook");
        assertEquals(Webhooks.id(other), created.get("id").asText());
        assertEquals("", created.get("secret").asText(), "events never carry a webhook's secret");
        JsonNode updated = events.get(1).body().get("webhook_updated");
        assertEquals("X-N", updated.at("/webhook/headers/0/name").asText());
        assertEquals(0, updated.at("/old_webhook/headers").size());
        assertEquals(Webhooks.id(other), events.get(2).body().at("/webhook_deleted/id").asText());
        assertEquals(Webhooks.id(other), events.get(2).body().at("/webhook_deleted/old_webhook/id").asText());
    }

    @Test
    void a_receiver_that_fails_twice_gets_the_same_event_a_third_time_and_the_delivery_is_recorded_as_delivered() {
        Receiver receiver = receiver("receiver-secret-2");
        JsonNode hook = activeWebhook(receiver, List.of("webhook_created"));
        receiver.behave(Receiver.failing(2, 503));
        createOther(Webhooks.NOWHERE);

        receiver.awaitAccepted(1);
        List<Receiver.Arrival> attempts = receiver.arrivals().stream().filter(a -> !a.type().equals("verify")).toList();
        assertEquals(List.of(503, 503, 200), attempts.stream().map(Receiver.Arrival::answered).toList());
        assertEquals(1, attempts.stream().map(Receiver.Arrival::id).distinct().count(), "one event id at every attempt");
        assertEquals(List.of("delivered: null"), settledDeliveries(hook));
        String event = attempts.get(0).id();
        JsonNode listed = api.get("/_roster/events.list", "type=webhook_created").assertStatus(200).body().get("events");
        JsonNode shown = null;
        for (JsonNode e : listed) if (e.get("id").asText().equals(event)) shown = e;
        assertEquals(1, shown.get("deliveries").size(), shown.toString());
        JsonNode delivery = shown.get("deliveries").get(0);
        assertEquals(Webhooks.id(hook), delivery.get("webhook").asText());
        assertEquals("delivered", delivery.get("state").asText());
        assertEquals(3, delivery.get("attempts").asInt());
        assertEquals(200, delivery.get("last_status").asInt());
        assertFalse(delivery.has("next_attempt"), delivery.toString());
    }

    @Test
    void an_answer_that_comes_a_byte_at_a_time_is_cut_off_at_the_attempts_bound_and_tried_again() {
        Receiver receiver = receiver("receiver-secret-5");
        receiver.behave(Receiver.dribbling(1));
        activeWebhook(receiver, List.of("webhook_created"));

        // The first answer to the handshake would have gone on for a minute, every byte within a read's timeout:
        // only the attempt's own bound ends it (the receiver sees its connection closed at its next write), and the
        // second attempt verifies the webhook.
        eventually(() -> Optional.of(receiver.cutOff()).filter(n -> n == 1), "the dribbled answer cut off");
        assertEquals(2, receiver.arrivals().stream().filter(a -> a.type().equals("verify")).count());
    }

    @Test
    void a_receiver_that_always_fails_has_its_delivery_failed_after_the_last_attempt_saying_why() {
        Receiver receiver = receiver("receiver-secret-3");
        JsonNode hook = activeWebhook(receiver, List.of("webhook_created"));
        receiver.behave(Receiver.failing(Integer.MAX_VALUE, 500));
        createOther(Webhooks.NOWHERE);
        assertEquals(List.of("failed: the receiver answered 500"), settledDeliveries(hook));
        assertEquals(3, receiver.arrivals().stream().filter(a -> !a.type().equals("verify")).count());
    }

    @Test
    void a_deactivated_webhook_gets_nothing_of_what_happens_until_it_is_activated_again() {
        Receiver receiver = receiver("receiver-secret-4");
        JsonNode hook = activeWebhook(receiver, List.of("webhook_created"));
        assertEquals("inactive", Webhooks.update(api, "id", Webhooks.id(hook), "action", "deactivate").get("status").asText());
        JsonNode missed = createOther(Webhooks.NOWHERE);
        assertEquals("active", Webhooks.update(api, "id", Webhooks.id(hook), "action", "activate").get("status").asText(),
            "verified before, with the same url and secret: active at once");
        JsonNode seen = createOther(Webhooks.NOWHERE);

        List<Receiver.Arrival> events = receiver.awaitAccepted(1);
        assertEquals(Webhooks.id(seen), events.get(0).body().at("/webhook_created/webhook/id").asText());
        assertTrue(receiver.arrivals().stream().noneMatch(a -> a.body().toString().contains(Webhooks.id(missed) + "\"")),
            "the change made while it was inactive never reaches it");
    }

    @Test
    void events_of_one_object_arrive_in_the_order_they_committed_under_concurrent_writes_and_retries() throws Exception {
        Receiver receiver = receiver("receiver-secret-5");
        activeWebhook(receiver, List.of("webhook_updated"));
        // Every third attempt fails, so that retries interleave with later events of the same object.
        receiver.behave((body, n) -> n % 3 == 1 ? new Receiver.Answer(500, "", null) : Receiver.CORRECT.answer(body, n));
        JsonNode other = createOther(Webhooks.NOWHERE);
        int writes = 16;
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < writes; i++) {
            String value = Integer.toString(i);
            calls.add(() -> api.post("/webhooks.update", json("id", Webhooks.id(other), "headers",
                Map.of("set", List.of(Map.of("name", "X-N", "value", value))))).status());
        }
        assertTrue(Parallel.inParallel(calls).stream().allMatch(status -> status == 200));

        // Beside them arrives the receiving webhook's own activation.
        receiver.awaitAccepted(writes + 1);
        List<Receiver.Arrival> events = receiver.accepted().stream()
            .filter(a -> a.body().at("/webhook_updated/webhook/id").asText().equals(Webhooks.id(other))).distinct().toList();
        String before = "[]";
        for (Receiver.Arrival event : events) {
            JsonNode change = event.body().get("webhook_updated");
            assertEquals(before, change.at("/old_webhook/headers").toString(),
                "each event's old webhook is the one the event before it left: " + events);
            before = change.at("/webhook/headers").toString();
        }
        assertEquals(writes, events.stream().map(Receiver.Arrival::id).distinct().count());
    }

    @Test
    void a_receiver_that_hangs_slows_neither_requests_nor_other_webhooks() {
        Receiver hanging = receiver("receiver-secret-6");
        activeWebhook(hanging, List.of("webhook_created"));
        hanging.behave(hanging.hanging());
        Receiver fast = receiver("receiver-secret-7");
        activeWebhook(fast, List.of("webhook_created"));

        int writes = 20;
        for (int i = 0; i < writes; i++) createOther(Webhooks.NOWHERE + "/" + i);
        assertEquals(writes, fast.awaitAccepted(writes).size(), "every request answered, and the other webhook got every "
            + "event, while the first receiver still holds its deliveries");
        assertTrue(hanging.accepted().isEmpty());
        hanging.release();
    }

    @Test
    void a_webhook_with_a_long_backlog_holds_back_no_other_webhook() {
        Receiver hanging = receiver("receiver-secret-6");
        JsonNode held = activeWebhook(hanging, List.of("webhook_created"));
        hanging.behave(hanging.hanging());
        createOther(Webhooks.NOWHERE);
        // A backlog far longer than one claim looks at, all due and older than the other webhook's events.
        int backlog = 3000;
        server.server().services().db().write(tx -> {
            long event = tx.first("select max(id) as id from event where org_id = ?", rs -> rs.getLong("id"), orgId).orElseThrow();
            for (int i = 0; i < backlog; i++) {
                tx.update("""
                    insert into delivery (org_id, webhook_id, event_id, kind, object_id, state, attempts, next_attempt,
                                          created_date, modified_date)
                    values (?, ?, ?, 'event', ?, 'pending', 0, 0, 0, 0)""", orgId, number(held), event, "backlog/" + i);
            }
            return null;
        });
        Receiver fast = receiver("receiver-secret-7");
        activeWebhook(fast, List.of("webhook_created"));

        int writes = 5;
        for (int i = 0; i < writes; i++) createOther(Webhooks.NOWHERE + "/" + i);
        assertEquals(writes, fast.awaitAccepted(writes).size(), "the other webhook got every event while the first one's "
            + "backlog waits behind its held deliveries");
        assertTrue(hanging.accepted().isEmpty());
        api.post("/webhooks.delete", json("id", Webhooks.id(held))).assertStatus(200);
        hanging.release();
    }

    @Test
    void redeliver_sends_an_event_again_with_the_same_id_to_one_webhook_or_to_all_it_went_to() {
        Receiver first = receiver("receiver-secret-8");
        JsonNode hook = activeWebhook(first, List.of("webhook_deleted"));
        Receiver second = receiver("receiver-secret-9");
        activeWebhook(second, List.of("webhook_deleted"));
        JsonNode other = createOther(Webhooks.NOWHERE);
        api.post("/webhooks.delete", json("id", Webhooks.id(other))).assertStatus(200);
        String event = first.awaitAccepted(1).get(0).id();
        second.awaitAccepted(1);

        redeliver("id", event, "webhook", Webhooks.id(hook));
        assertEquals(List.of(event, event), first.awaitAccepted(2).stream().map(Receiver.Arrival::id).toList());
        redeliver("id", event);
        assertEquals(List.of(event, event), second.awaitAccepted(2).stream().map(Receiver.Arrival::id).toList());
        assertEquals(3, first.awaitAccepted(3).size());

        api.post("/_roster/events.redeliver", json("id", "EVENT-999999999"))
            .assertError(404, "not_found", null);
        api.post("/_roster/events.redeliver", json("id", event, "webhook", Webhooks.id(other)))
            .assertError(404, "not_found", null);
        var stranger = DeliveryServers.newTenant(server).admin();
        stranger.post("/_roster/events.redeliver", json("id", event)).assertError(404, "not_found", null);
        api.post("/_roster/events.redeliver", "{}").assertError(400, "missing_required_field", "id");
        assertNotEquals(0, first.arrivals().size());
        assertFalse(first.arrivals().stream().anyMatch(a -> !a.isSigned()));
    }
}
