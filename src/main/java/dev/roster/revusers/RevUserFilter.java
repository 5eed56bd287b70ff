package dev.roster.revusers;

import dev.roster.http.CustomFieldFilter;
import dev.roster.http.DateFilter;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.tags.SetTag;
import java.util.List;
import java.util.Optional;

/** The filters {@code rev-users.list} and {@code rev-users.scan} share, by field; the store maps each to an indexed condition. */
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
}
