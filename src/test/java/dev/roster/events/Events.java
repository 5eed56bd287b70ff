package dev.roster.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.OpenApiValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a dev org's events through {@code /_roster/events.list}, as a client would, and checks each
 * against DevRev's contract: wrapped in a webhook envelope, it must match {@code webhook-event-request}.
 */
public final class Events {
    /** A webhook id for the envelope the contract validates; no webhook is involved. */
    private static final String WEBHOOK = "don:integration:dvrv-us-1:devo/1:webhook/1";

    private final Api api;
    private long seen;

    private Events(Api api, long seen) {
        this.api = api;
        this.seen = seen;
    }

    /** Starts watching the dev org's events: {@link #next} answers those recorded after this call. */
    public static Events watch(Api api) {
        List<JsonNode> all = all(api);
        return new Events(api, all.isEmpty() ? 0 : number(all.getLast()));
    }

    /** The events recorded since the last call (or {@link #watch}), oldest first, each checked against the contract. */
    public List<JsonNode> next() {
        List<JsonNode> fresh = all(api).stream().filter(event -> number(event) > seen).toList();
        if (!fresh.isEmpty()) seen = number(fresh.getLast());
        fresh.forEach(Events::checkAgainstContract);
        return fresh;
    }

    /** Asserts that the events since the last call have exactly these types, in this order, and answers them. */
    public List<JsonNode> expect(String... types) {
        List<JsonNode> fresh = next();
        assertEquals(List.of(types), fresh.stream().map(event -> event.get("type").asText()).toList(), () -> "events: " + fresh);
        return fresh;
    }

    /** Asserts that nothing was recorded since the last call. */
    public void assertNone() {
        expect();
    }

    /** The object under {@code key} in the event's body, such as {@code old_dev_user}. */
    public static JsonNode object(JsonNode event, String key) {
        return body(event).get(key);
    }

    /** Every event of the dev org, oldest first, page by page. */
    public static List<JsonNode> all(Api api) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.post("/_roster/events.list", cursor == null ? ApiTest.json("limit", 100)
                : ApiTest.json("limit", 100, "cursor", cursor)).assertStatus(200).body();
            page.get("events").forEach(events::add);
            cursor = page.path("next_cursor").asText(null);
        } while (cursor != null);
        return events.reversed();
    }

    /** The event's object: what the envelope carries under its type. */
    public static JsonNode body(JsonNode event) {
        return event.get(event.get("type").asText());
    }

    /** The event's number, the last part of its DON. */
    public static long number(JsonNode event) {
        String id = event.get("id").asText();
        return Long.parseLong(id.substring(id.lastIndexOf('/') + 1));
    }

    /** Fails unless the event, in a webhook envelope, matches the contract's webhook-event-request. */
    public static void checkAgainstContract(JsonNode event) {
        OpenApiValidator.contract().ifPresent(contract -> {
            ObjectNode envelope = ((ObjectNode) event.deepCopy()).put("webhook_id", WEBHOOK);
            envelope.remove("object_id");
            contract.validateComponent("webhook-event-request", envelope, "event " + event.get("id").asText());
        });
    }
}
