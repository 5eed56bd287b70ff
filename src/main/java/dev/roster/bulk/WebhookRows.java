package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.ids.IdKind;
import java.util.Optional;

/**
 * A webhook, found by its url (of several with one url, the first). It is created or updated through
 * the webhook operations, so it follows their rules whatever its line's {@code status} says: a new one
 * without a {@code secret} gets a generated one, and is unverified until its receiver answers the
 * verify handshake (active at once with verification off). A file's {@code active} says its receiver
 * answered another server, not this one, and the handshake is what keeps a server from posting to a
 * url that never asked for it. Only {@code inactive} is carried over as it is: it asks for less.
 */
final class WebhookRows implements RowKind {
    private static final String INACTIVE = "inactive";

    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        String url = RequestFields.text(line, "url");
        if (url == null) throw ApiError.missing("url").toException();
        Optional<String> existing = ctx.keys.findWebhook(url);
        if (existing.isPresent() && ctx.mode == ImportMode.CREATE) return Outcome.SKIPPED;
        ctx.atPresent();
        String id = existing.isPresent() ? update(existing.get(), line, ctx) : create(line, ctx);
        // Saved at the present: every date and author of the line is restored, as on an object that existed.
        ctx.restoreDates(BulkKind.WEBHOOK, IdKind.WEBHOOK, id, line, false);
        return RowContext.outcome(existing);
    }

    private static String create(ObjectNode line, RowContext ctx) {
        String id = ctx.api.run("webhooks.create", RequestFields.copy(line, "url", "secret", "event_types", "headers"))
            .path("webhook").path("id").asText();
        ctx.keys.createdWebhook(RequestFields.text(line, "url"), id);
        if (INACTIVE.equals(RequestFields.text(line, "status"))) {
            ctx.api.run("webhooks.update", OperationRunner.request().put("id", id).put("action", "deactivate"));
        }
        return id;
    }

    /**
     * The line's event types and headers replace the webhook's; its secret too, if it has one. Its
     * status is changed only between inactive and not: activating again would restart a verification.
     */
    private static String update(String id, ObjectNode line, RowContext ctx) {
        ObjectNode request = RequestFields.copy(line, "secret").put("id", id);
        for (String list : new String[] {"event_types", "headers"}) {
            if (RequestFields.has(line, list)) request.putObject(list).set("set", line.get(list));
        }
        String status = RequestFields.text(line, "status");
        if (status != null) {
            boolean inactive = INACTIVE.equals(status);
            JsonNode current = ctx.api.run("webhooks.get", OperationRunner.request().put("id", id)).path("webhook");
            if (inactive != INACTIVE.equals(current.path("status").asText())) {
                request.put("action", inactive ? "deactivate" : "activate");
            }
        }
        ctx.api.run("webhooks.update", request);
        return id;
    }
}
