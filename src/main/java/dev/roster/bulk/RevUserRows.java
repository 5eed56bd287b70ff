package dev.roster.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiException;
import dev.roster.ids.IdKind;
import java.util.Optional;

/**
 * A rev user, found by its external ref. In create mode the user is created first and looked for
 * only when that is refused: rev users are the many, and one lookup fewer each is what the speed
 * of a large import comes down to.
 */
final class RevUserRows implements RowKind {
    private static final String[] FIELDS = {"display_name", "email", "description", "external_ref", "external_refs",
        "phone_numbers", "custom_fields"};

    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        String ref = RequestFields.text(line, "external_ref");
        ObjectNode request = RequestFields.copy(line, FIELDS);
        ReferenceFields.putTags(line, request, ctx);
        String revOrg = RequestFields.has(line, "rev_org") ? ctx.keys.revOrg("rev_org", line.get("rev_org")) : null;
        if (ctx.mode == ImportMode.UPSERT && ref != null) {
            Optional<String> existing = ctx.keys.findRevUser(ref);
            if (existing.isPresent()) {
                ctx.api.run("rev-users.update", request.put("id", existing.get()));
                if (revOrg != null) ctx.api.run("rev-users.link", OperationRunner.request().put("id", existing.get()).put("rev_org", revOrg));
                ctx.restoreDates(BulkKind.REV_USER, IdKind.REV_USER, existing.get(), line, false);
                return Outcome.UPDATED;
            }
        }
        if (revOrg != null) request.put("rev_org", revOrg);
        if (RequestFields.has(line, "account")) request.put("account", ctx.keys.account("account", line.get("account")));
        String id;
        try {
            id = ctx.api.run("rev-users.create", request).path("rev_user").path("id").asText();
        } catch (ApiException refused) {
            if (ref != null && ctx.keys.findRevUser(ref).isPresent()) return Outcome.SKIPPED;
            throw refused;
        }
        ctx.restoreDates(BulkKind.REV_USER, IdKind.REV_USER, id, line, true);
        return Outcome.IMPORTED;
    }
}
