package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.ids.IdKind;
import java.util.Optional;

/** An account, found by any of its external refs; creating one creates its default rev org, as the API does. */
final class AccountRows implements RowKind {
    private static final String[] FIELDS = {"display_name", "description", "domains", "external_refs", "tier", "websites",
        "custom_fields"};

    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        Optional<String> existing = existing(line, ctx);
        String fileId = RequestFields.text(line, "id");
        if (existing.isPresent() && ctx.mode == ImportMode.CREATE) {
            ctx.keys.imported(fileId, existing.get());
            return Outcome.SKIPPED;
        }
        ObjectNode request = RequestFields.copy(line, FIELDS);
        ReferenceFields.putDevUsers(line, "owned_by", request, ctx);
        ReferenceFields.putTags(line, request, ctx);
        String id = ctx.save(existing, "accounts", "account", request);
        if (existing.isEmpty()) ctx.createdAccount(id);
        ctx.keys.imported(fileId, id);
        ctx.restoreDates(BulkKind.ACCOUNT, IdKind.ACCOUNT, id, line, existing.isEmpty());
        return RowContext.outcome(existing);
    }

    private static Optional<String> existing(ObjectNode line, RowContext ctx) {
        for (JsonNode ref : line.path("external_refs")) {
            if (!ref.isTextual()) continue;
            Optional<String> found = ctx.keys.findAccount(ref.textValue());
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }
}
