package dev.roster.webhooks;

import dev.roster.events.EventType;
import dev.roster.http.RequestBody;
import java.util.List;

/** {@code webhooks.create}: a webhook without event types gets none until an update adds some. */
record CreateWebhook(String url, String secret, List<EventType> eventTypes, List<WebhookHeader> headers) {
    static CreateWebhook parse(RequestBody body, DenyList deny) {
        return new CreateWebhook(WebhookFields.url(body, "url", deny),
            body.string("secret").map(s -> WebhookFields.secret("secret", s, false)).orElseGet(WebhookFields::newSecret),
            WebhookFields.eventTypes(body, "event_types"), WebhookFields.headers(body, "headers"));
    }
}
