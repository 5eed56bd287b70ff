package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.ids.IdKind;
import java.util.Optional;

/**
 * A dev user, found by email: created in shadow state as the API creates one, then given the line's
 * fields (dev-users.update), identities (dev-users.identities.link) and state (activate, deactivate).
 */
final class DevUserRows implements RowKind {
    private static final String[] FIELDS = {"display_name", "full_name", "job_title", "job_history", "experience_start_date",
        "custom_fields"};

    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        String email = RequestFields.text(line, "email");
        if (email == null) throw ApiError.missing("email").toException();
        Optional<String> existing = ctx.keys.findDevUser(email);
        if (existing.isPresent() && ctx.mode == ImportMode.CREATE) return Outcome.SKIPPED;
        String id = existing.orElseGet(() -> ctx.api.run("dev-users.create",
            OperationRunner.request().put("email", email).put("state", "shadow")).path("dev_user").path("id").asText());
        ObjectNode update = RequestFields.copy(line, FIELDS).put("id", id);
        if (RequestFields.has(line, "reports_to")) update.put("reports_to", ctx.keys.devUser("reports_to", line.get("reports_to")));
        ctx.api.run("dev-users.update", update);
        for (JsonNode identity : line.path("external_identities")) {
            ObjectNode link = RequestFields.copy((ObjectNode) identity, "issuer", "id", "display_name").put("dev_user", id);
            ctx.api.run("dev-users.identities.link", link);
        }
        state(line, id, ctx);
        ctx.restoreDates(BulkKind.DEV_USER, IdKind.DEV_USER, id, line, existing.isEmpty());
        return existing.isPresent() ? Outcome.UPDATED : Outcome.IMPORTED;
    }

    private static void state(ObjectNode line, String id, RowContext ctx) {
        String state = RequestFields.text(line, "state");
        if ("active".equals(state)) ctx.api.run("dev-users.activate", OperationRunner.request().put("id", id));
        if ("deactivated".equals(state)) ctx.api.run("dev-users.deactivate", OperationRunner.request().put("id", id));
    }
}
