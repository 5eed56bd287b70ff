package dev.roster.revorgs;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.roster.devusers.UserSummaryJson;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.tags.TagWithValueJson;
import java.util.List;

/** The contract's rev-org object, plus {@code environment} and {@code tier} (Roster extensions: create sets them). */
public record RevOrgJson(String id, String displayId, UserSummaryJson createdBy, String createdDate,
                         UserSummaryJson modifiedBy, String modifiedDate, String displayName, String description,
                         OrgSummaryJson account, String externalRef, String environment, String tier,
                         List<TagWithValueJson> tags, @JsonRawValue String customFields) {

    public static RevOrgJson from(RevOrg org) {
        return new RevOrgJson(Ids.don(IdKind.REV_ORG, org.orgId(), org.id()), Ids.displayId(IdKind.REV_ORG, org.id()),
            UserSummaryJson.from(org.createdBy()), Json.timestamp(org.createdDate()),
            UserSummaryJson.from(org.modifiedBy()), Json.timestamp(org.modifiedDate()),
            org.displayName(), org.description(), OrgSummaryJson.account(org.orgId(), org.accountId(), org.accountName()),
            org.externalRef(), org.environment(), org.tier(), TagWithValueJson.of(org.orgId(), org.tags()), org.customFieldsJson());
    }
}
