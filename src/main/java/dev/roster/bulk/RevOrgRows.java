package dev.roster.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.revorgs.RevOrg;
import java.util.Optional;

/**
 * A rev org, found by its external ref; an account's default rev org ({@code is_default}) is the one
 * the account's line created, given the line's fields.
 */
final class RevOrgRows implements RowKind {
    private static final String[] FIELDS = {"display_name", "description", "external_ref", "environment", "tier",
        "custom_fields"};

    @Override
    public Outcome apply(ObjectNode line, RowContext ctx) {
        String fileId = RequestFields.text(line, "id");
        Optional<String> existing;
        boolean isDefault = line.path(BulkLines.IS_DEFAULT).asBoolean(false);
        if (isDefault) {
            existing = Optional.of(defaultOf(line, ctx));
        } else {
            String ref = RequestFields.text(line, "external_ref");
            existing = ref == null ? Optional.empty() : ctx.keys.findRevOrg(ref);
        }
        // An account's default rev org exists once the account does; it is new if the account is.
        boolean isNew = existing.isEmpty() || isDefault && ctx.isCreatedAccount(line);
        if (!isNew && ctx.mode == ImportMode.CREATE) {
            ctx.keys.imported(fileId, existing.get());
            return Outcome.SKIPPED;
        }
        ObjectNode request = RequestFields.copy(line, FIELDS);
        ReferenceFields.putTags(line, request, ctx);
        if (existing.isEmpty()) request.put("account", account(line, ctx));
        String id = ctx.save(existing, "rev-orgs", "rev_org", request);
        ctx.keys.imported(fileId, id);
        // A default rev org was stamped by its account's line, not its own.
        ctx.restoreDates(BulkKind.REV_ORG, IdKind.REV_ORG, id, line, isNew && !isDefault);
        return isNew ? Outcome.IMPORTED : Outcome.UPDATED;
    }

    private static String account(ObjectNode line, RowContext ctx) {
        if (!RequestFields.has(line, "account")) throw ApiError.missing("account").toException();
        return ctx.keys.account("account", line.get("account"));
    }

    private static String defaultOf(ObjectNode line, RowContext ctx) {
        long account = ctx.number(IdKind.ACCOUNT, account(line, ctx));
        RevOrg revOrg = ctx.services.revOrgs().findDefault(ctx.tx(), ctx.orgId(), account).orElseThrow(() ->
            ApiError.valueNotPermitted("account", "account " + Ids.displayId(IdKind.ACCOUNT, account) + " has no default rev org")
                .toException());
        return Ids.don(IdKind.REV_ORG, ctx.orgId(), revOrg.id());
    }
}
