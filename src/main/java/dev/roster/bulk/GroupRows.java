package dev.roster.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.ids.IdKind;
import java.util.Optional;

/** A group, found by name; its members are lines of their own ({@link MemberRows}). */
final class GroupRows implements RowKind {
    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        String name = RequestFields.text(line, "name");
        if (name == null) throw ApiError.missing("name").toException();
        Optional<String> existing = ctx.keys.findGroup(name);
        if (existing.isPresent() && ctx.mode == ImportMode.CREATE) return Outcome.SKIPPED;
        ObjectNode request = existing.isPresent() ? RequestFields.copy(line, "name", "description")
            : RequestFields.copy(line, "name", "description", "member_type");
        if (RequestFields.has(line, "owner")) request.put("owner", ctx.keys.devUser("owner", line.get("owner")));
        String id = ctx.save(existing, "groups", "group", request);
        ctx.restoreDates(BulkKind.GROUP, IdKind.GROUP, id, line, existing.isEmpty());
        return RowContext.outcome(existing);
    }
}
