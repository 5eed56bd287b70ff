package dev.roster.revusers;

import dev.roster.http.CustomFieldFilter;
import dev.roster.http.DateFilter;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.tags.SetTag;
import java.util.List;
import java.util.Optional;

/** The filters {@code rev-users.list} and {@code rev-users.scan} share, by field: the store maps each to SQL. */
record RevUserFilter(Optional<List<String>> emails, Optional<List<String>> externalRef, Optional<List<String>> externalRefs,
                     Optional<List<String>> phoneNumbers, Optional<List<Long>> revOrgs, Optional<Boolean> isVerified,
                     Optional<List<Long>> createdBy, Optional<DateFilter> createdDate, Optional<DateFilter> modifiedDate,
                     Optional<List<Long>> tags, Optional<List<AssociationTarget>> associations,
                     CustomFieldFilter customFields) {

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
            body.strings("associations").map(l -> l.stream().map(id -> AssociationTarget.parse("associations", id, orgId)).toList()),
            CustomFieldFilter.read(body));
    }
}
