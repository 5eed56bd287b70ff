package dev.roster.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.OpenApiValidator;

/** DevRev's webhook-event-request, the body of every delivery, as its contract declares it (when it is beside the project). */
final class EventSchema {
    private EventSchema() {}

    static void validate(JsonNode envelope) {
        OpenApiValidator.contract().ifPresent(contract ->
            contract.validateComponent("webhook-event-request", envelope, "a delivery of " + envelope.path("type").asText()));
    }
}
