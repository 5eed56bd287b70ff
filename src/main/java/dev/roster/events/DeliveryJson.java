package dev.roster.events;

import dev.roster.http.Json;

/** One delivery of an event to a webhook, as {@code events.list} shows it. */
public record DeliveryJson(String webhook, String state, int attempts, Integer lastStatus, String lastError, String nextAttempt) {
    static DeliveryJson from(DeliveryState state) {
        return new DeliveryJson(state.webhookId(), state.state(), state.attempts(), state.lastStatus(), state.lastError(),
            state.nextAttempt() == null ? null : Json.timestamp(state.nextAttempt()));
    }
}
