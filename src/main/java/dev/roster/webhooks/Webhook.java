package dev.roster.webhooks;

import dev.roster.devusers.UserRef;
import dev.roster.events.EventType;
import java.util.List;

/**
 * A webhook as stored, its secret decrypted. {@code challenge} and {@code verifyUntil} describe a
 * pending verification (null when none is); {@code verifiedDate} says when the current url and
 * secret passed one.
 */
record Webhook(long id, long orgId, String url, WebhookStatus status, List<EventType> eventTypes,
               List<WebhookHeader> headers, String secret, String challenge, Long verifyUntil, Long verifiedDate,
               UserRef createdBy, UserRef modifiedBy, long createdDate, long modifiedDate) {
    boolean isVerified() { return verifiedDate != null; }
}
