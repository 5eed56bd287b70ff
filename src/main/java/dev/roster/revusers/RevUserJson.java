package dev.roster.revusers;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.roster.devusers.UserSummaryJson;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.revorgs.OrgSummaryJson;
import dev.roster.tags.TagWithValueJson;
import java.util.List;

/** The contract's rev-user object. */
public record RevUserJson(String id, String displayId, UserSummaryJson createdBy, String createdDate, UserSummaryJson modifiedBy,
                   String modifiedDate, String displayName, String email, List<String> phoneNumbers, String description,
                   String externalRef, List<String> externalRefs, boolean isVerified, OrgSummaryJson revOrg,
                   List<TagWithValueJson> tags, @JsonRawValue String customFields) {

    static RevUserJson from(RevUser user) {
        return new RevUserJson(Ids.don(IdKind.REV_USER, user.orgId(), user.id()), Ids.displayId(IdKind.REV_USER, user.id()),
            UserSummaryJson.from(user.createdBy()), Json.timestamp(user.createdDate()),
            UserSummaryJson.from(user.modifiedBy()), Json.timestamp(user.modifiedDate()),
            user.displayName(), user.email(), user.phoneNumbers(), user.description(), user.externalRef(),
            user.externalRefs(), user.isVerified(),
            user.revOrgId() == null ? null : OrgSummaryJson.revOrg(user.orgId(), user.revOrgId(), user.revOrgName()),
            TagWithValueJson.of(user.orgId(), user.tags()), user.customFieldsJson());
    }
}
