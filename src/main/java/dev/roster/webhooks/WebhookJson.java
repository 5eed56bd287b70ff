package dev.roster.webhooks;

import dev.roster.devusers.UserSummaryJson;
import dev.roster.events.EventType;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.util.List;

/** The contract's webhook object. */
record WebhookJson(String id, String displayId, UserSummaryJson createdBy, String createdDate, UserSummaryJson modifiedBy,
                   String modifiedDate, List<String> eventTypes, List<WebhookHeader> headers, String secret, String status,
                   String url) {

    static WebhookJson from(Webhook webhook) {
        return from(webhook, webhook.secret());
    }

    /**
     * As events carry it: without its secret, which would otherwise be stored unencrypted in the
     * outbox and sent to other webhooks' receivers. The contract requires the field: it is empty.
     */
    static WebhookJson forEvent(Webhook webhook) {
        return from(webhook, "");
    }

    private static WebhookJson from(Webhook webhook, String secret) {
        return new WebhookJson(Ids.don(IdKind.WEBHOOK, webhook.orgId(), webhook.id()), Ids.displayId(IdKind.WEBHOOK, webhook.id()),
            UserSummaryJson.from(webhook.createdBy()), Json.timestamp(webhook.createdDate()),
            UserSummaryJson.from(webhook.modifiedBy()), Json.timestamp(webhook.modifiedDate()),
            webhook.eventTypes().stream().map(EventType::wire).toList(), webhook.headers(), secret, webhook.status().wire(),
            webhook.url());
    }
}
