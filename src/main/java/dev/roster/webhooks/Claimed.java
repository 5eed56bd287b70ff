package dev.roster.webhooks;

import java.util.List;

/**
 * A delivery a dispatcher has claimed, with what its attempt needs: the webhook's address, headers
 * and secret, and the event ({@code type} and {@code payload} are null for a verification).
 */
record Claimed(long id, long orgId, long webhookId, Long eventId, boolean isVerify, int attempts, String url,
               List<WebhookHeader> headers, String secret, String challenge, Long verifyUntil, String type, String payload) {}
