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
        String id = ctx.save(existing, "tags", "tag", RequestFields.copy(line, FIELDS));
        ctx.restoreDates(BulkKind.TAG, IdKind.TAG, id, line, existing.isEmpty());
        return RowContext.outcome(existing);
    }
}
