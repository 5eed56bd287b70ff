package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;

/**
 * A rev user's association: {@code rev_user} by external ref, and {@code associated_to} as the API
 * summarises an account or rev org, or an {@code account} or {@code rev_org} external ref.
 */
final class AssociationRows implements RowKind {
    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        if (!RequestFields.has(line, "rev_user")) throw ApiError.missing("rev_user").toException();
        String user = ctx.keys.revUser("rev_user", line.get("rev_user"));
        ObjectNode request = OperationRunner.request().put("rev_user_id", user);
        request.putArray("associations").addObject().put("associated_to", target(line, ctx));
        ctx.api.run("rev-users.associations.add", request);
        return Outcome.IMPORTED;
    }

    private static String target(ObjectNode line, RowContext ctx) {
        if (RequestFields.has(line, "account")) return ctx.keys.account("account", line.get("account"));
        if (RequestFields.has(line, "rev_org")) return ctx.keys.revOrg("rev_org", line.get("rev_org"));
        JsonNode target = line.get("associated_to");
        if (target == null || target.isNull()) throw ApiError.missing("associated_to").toException();
        return "rev_org".equals(target.path("type").textValue()) ? ctx.keys.revOrg("associated_to", target)
            : ctx.keys.account("associated_to", target);
    }
}
