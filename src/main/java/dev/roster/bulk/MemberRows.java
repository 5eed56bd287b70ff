package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;

/**
 * A member of a group: {@code group} by name, and {@code member} as groups.members.list shows it (its
 * {@code type} says a dev user, found by email, or a rev user, by external ref), or a {@code
 * dev_user} email or {@code rev_user} external ref.
 */
final class MemberRows implements RowKind {
    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        if (!RequestFields.has(line, "group")) throw ApiError.missing("group").toException();
        String group = ctx.keys.group("group", line.get("group"));
        ctx.api.run("groups.members.add", OperationRunner.request().put("group", group).put("member", member(line, ctx)));
        return Outcome.IMPORTED;
    }

    private static String member(ObjectNode line, RowContext ctx) {
        if (RequestFields.has(line, "dev_user")) return ctx.keys.devUser("dev_user", line.get("dev_user"));
        if (RequestFields.has(line, "rev_user")) return ctx.keys.revUser("rev_user", line.get("rev_user"));
        JsonNode member = line.get("member");
        if (member == null || member.isNull()) throw ApiError.missing("member").toException();
        return "rev_user".equals(member.path("type").textValue()) ? ctx.keys.revUser("member", member)
            : ctx.keys.devUser("member", member);
    }
}
