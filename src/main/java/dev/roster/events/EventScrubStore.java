package dev.roster.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;
import dev.roster.store.Tx;
import java.io.UncheckedIOException;
import java.util.List;

/** Rewrites stored payloads so that an erased object's personal data leaves the outbox with it. */
final class EventScrubStore {
    private static final List<String> KEPT = List.of("type", "id", "display_id");

    private record Stored(long id, String payload) {}

    void scrub(Tx tx, long orgId, String don) {
        // A DON holds no LIKE wildcard; the quotes keep revu/5 from matching revu/50.
        List<Stored> rows = tx.list("select id, payload from event where org_id = ? and payload like ?",
            rs -> new Stored(rs.getLong("id"), rs.getString("payload")), orgId, "%\"" + don + "\"%");
        for (Stored row : rows) {
            JsonNode payload = parse(row.payload());
            strip(payload, don);
            tx.update("update event set payload = ? where org_id = ? and id = ?", payload.toString(), orgId, row.id());
        }
    }

    /** Every object naming {@code don} as its id keeps only what identifies it. */
    private static void strip(JsonNode node, String don) {
        if (node instanceof ObjectNode object && don.equals(object.path("id").asText(null))) {
            object.retain(KEPT);
            return;
        }
        node.forEach(child -> strip(child, don));
    }

    private static JsonNode parse(String payload) {
        try {
            return Json.MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
