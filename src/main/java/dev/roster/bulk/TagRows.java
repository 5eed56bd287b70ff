package dev.roster.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.ids.IdKind;
import java.util.Optional;

/** A tag, found by name. */
final class TagRows implements RowKind {
    private static final String[] FIELDS = {"name", "description", "allowed_values", "style_new"};

    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        String name = RequestFields.text(line, "name");
        if (name == null) throw ApiError.missing("name").toException();
        Optional<String> existing = ctx.keys.findTag(name);
        if (existing.isPresent() && ctx.mode == ImportMode.CREATE) return Outcome.SKIPPED;
        ObjectNode request = RequestFields.copy(line, FIELDS);
        String id;
        if (existing.isPresent()) {
            id = existing.get();
            ctx.api.run("tags.update", request.put("id", id));
        } else {
            id = ctx.api.run("tags.create", request).path("tag").path("id").asText();
        }
        ctx.restoreDates(BulkKind.TAG, IdKind.TAG, id, line, existing.isEmpty());
        return existing.isPresent() ? Outcome.UPDATED : Outcome.IMPORTED;
    }
}
