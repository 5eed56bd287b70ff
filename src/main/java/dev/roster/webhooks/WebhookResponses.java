package dev.roster.webhooks;

import java.util.List;

/** The response envelopes of the webhook operations, and the bodies of their events. */
public final class WebhookResponses {
    private WebhookResponses() {}

    public record One(WebhookJson webhook) {}

    public record All(List<WebhookJson> webhooks) {}

    /** The body of webhook_updated: DevRev's {@code webhook}, and the old one as every other {@code X_updated} has it. */
    record Updated(WebhookJson webhook, WebhookJson oldWebhook) {}

    /** The body of webhook_deleted. */
    record Deleted(String id, WebhookJson oldWebhook) {}
}
