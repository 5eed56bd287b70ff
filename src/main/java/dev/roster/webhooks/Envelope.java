package dev.roster.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;


/**
 * The body of one attempt: DevRev's webhook-event-request. The event's {@code id} is the same at
 * every attempt, so that receivers can drop duplicates; {@code timestamp} is the attempt's.
 */
record Envelope(String id, byte[] body) {
    static Envelope of(Claimed delivery, long now) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        String id = delivery.isVerify()
            ? Ids.don(IdKind.WEBHOOK, delivery.orgId(), delivery.webhookId()) + "/verify/" + delivery.id()
            : Ids.don(IdKind.EVENT, delivery.orgId(), delivery.eventId());
        node.put("id", id);
        node.put("webhook_id", Ids.don(IdKind.WEBHOOK, delivery.orgId(), delivery.webhookId()));
        node.put("timestamp", Json.timestamp(now));
        if (delivery.isVerify()) {
            node.put("type", "verify");
            node.putObject("verify").put("challenge", delivery.challenge());
        } else {
            node.put("type", delivery.type());
            // The stored payload is already the type's JSON, as the API rendered it: copied, not parsed.
            node.putRawValue(delivery.type(), new RawValue(delivery.payload()));
        }
        try {
            return new Envelope(id, Json.MAPPER.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope of plain values cannot fail to render", e);
        }
    }
}
