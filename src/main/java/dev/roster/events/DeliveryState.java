package dev.roster.events;

/**
 * Where the delivery of one event to one webhook stands, for {@code /_roster/events.list}.
 *
 * @param webhookId the webhook's DON
 * @param state pending, delivered or failed
 * @param attempts the attempts made so far
 * @param lastStatus the receiver's status at the last attempt; null before any, or when none answered
 * @param lastError why the last attempt failed, if it did
 * @param nextAttempt when a pending delivery is tried next (epoch milliseconds); null otherwise
 */
public record DeliveryState(String webhookId, String state, int attempts, Integer lastStatus, String lastError,
                            Long nextAttempt) {}
