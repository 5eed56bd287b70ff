package dev.roster.events;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.util.List;
import java.util.Map;

/**
 * An event as {@code events.list} shows it: the webhook envelope's {@code id}, {@code type} and the
 * type's object under the type's key, exactly as a webhook receives them, with the event's time and
 * the DON of the object it is about, and where its delivery to each webhook stands.
 */
public record EventJson(String id, String type, String timestamp, String objectId, List<DeliveryJson> deliveries,
                        @JsonIgnore String payload) {
    public record ListPage(List<EventJson> events, String nextCursor, String prevCursor) {}

    /** The stored payload is the JSON text the envelope carries: written as is, never parsed again. */
    @JsonAnyGetter
    Map<String, RawValue> object() {
        return Map.of(type, new RawValue(payload));
    }

    static EventJson from(Event event, List<DeliveryState> deliveries) {
        return new EventJson(Ids.don(IdKind.EVENT, event.orgId(), event.id()), event.type().wire(),
            Json.timestamp(event.createdDate()), event.objectId(), deliveries.stream().map(DeliveryJson::from).toList(),
            event.payload());
    }
}
