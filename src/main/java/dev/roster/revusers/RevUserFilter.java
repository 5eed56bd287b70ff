package dev.roster.revusers;

import dev.roster.http.CustomFieldFilter;
import dev.roster.http.DateFilter;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.CustomFieldSql;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import dev.roster.tags.SetTag;
import dev.roster.tags.TagSql;
import dev.roster.tags.TaggedKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The filters {@code rev-users.list} and {@code rev-users.scan} share. Each uses an index. */
record RevUserFilter(Optional<List<String>> emails, Optional<List<String>> externalRef, Optional<List<String>> externalRefs,
                     Optional<List<String>> phoneNumbers, Optional<List<Long>> revOrgs, Optional<Boolean> isVerified,
                     Optional<List<Long>> createdBy, Optional<DateFilter> createdDate, Optional<DateFilter> modifiedDate,
                     Optional<List<Long>> tags, Optional<List<Target>> associations, CustomFieldFilter customFields) {

    /** An account or rev org a rev user may be associated with. */
    record Target(String kind, long id) {}

    static RevUserFilter parse(RequestBody body, long orgId) {
        return new RevUserFilter(
            body.strings("email").map(l -> l.stream().map(RevUserFields::emailKey).toList()),
            body.strings("external_ref"),
            body.strings("external_refs"),
            body.strings("phone_numbers"),
            body.strings("rev_org").map(l -> l.stream().map(id -> IdParser.parse("rev_org", id, IdKind.REV_ORG, orgId)).toList()),
            body.bool("is_verified"),
            body.strings("created_by").map(l -> l.stream().map(id -> IdParser.parse("created_by", id, IdKind.DEV_USER, orgId)).toList()),
            DateFilter.read(body, "created_date"),
            DateFilter.read(body, "modified_date"),
            SetTag.readFilter(body, "tags", orgId),
            body.strings("associations").map(l -> l.stream().map(id -> target("associations", id, orgId)).toList()),
            CustomFieldFilter.read(body));
    }

    /** An ID of an account or a rev org, as associations take. */
    static Target target(String field, String text, long orgId) {
        IdParser.Parsed parsed = IdParser.parse(field, text);
        IdKind kind = parsed.kind() == IdKind.ACCOUNT ? IdKind.ACCOUNT : IdKind.REV_ORG;
        long id = IdParser.parse(field, text, kind, orgId);
        return new Target(kind == IdKind.ACCOUNT ? "account" : "rev_org", id);
    }

    void appendTo(Sql select, Tx tx, long orgId, Clock clock, RevUserStore store) {
        emails.ifPresent(v -> select.append(" and u.email_key in ").appendList(v));
        externalRef.ifPresent(v -> select.append(" and u.external_ref in ").appendList(v));
        externalRefs.ifPresent(v -> store.externalRefs.appendFilter(select, orgId, "u.id", v));
        phoneNumbers.ifPresent(v -> store.phoneNumbers.appendFilter(select, orgId, "u.id", v));
        revOrgs.ifPresent(v -> select.append(" and u.rev_org_id in ").appendList(v));
        isVerified.ifPresent(v -> select.append(" and u.is_verified = ?", v));
        createdBy.ifPresent(v -> select.append(" and u.created_by in ").appendList(v));
        createdDate.ifPresent(f -> f.resolve(clock).appendTo(select, "u.created_date"));
        modifiedDate.ifPresent(f -> f.resolve(clock).appendTo(select, "u.modified_date"));
        tags.ifPresent(v -> TagSql.appendFilter(select, orgId, TaggedKind.REV_USER, "u.id", v));
        associations.ifPresent(targets -> {
            select.append(" and u.id in (select rev_user_id from rev_user_association where org_id = ? and (", orgId);
            if (targets.isEmpty()) select.append("1 = 0");
            for (int i = 0; i < targets.size(); i++) {
                select.append((i == 0 ? "" : " or ") + "(target_kind = ? and target_id = ?)", targets.get(i).kind(), targets.get(i).id());
            }
            select.append("))");
        });
        CustomFieldSql.appendFilter(select, tx.engine(), "u.custom_fields", customFields.jsonByKey());
    }

}
