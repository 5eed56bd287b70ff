package dev.roster.devusers;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.util.List;

/** The contract's dev-user object, plus {@code job_title} (a Roster extension: update sets it). */
public record DevUserJson(
    String id,
    String displayId,
    UserSummaryJson createdBy,
    String createdDate,
    UserSummaryJson modifiedBy,
    String modifiedDate,
    String displayName,
    String email,
    String fullName,
    String state,
    @JsonRawValue String customFields,
    String experienceStartDate,
    List<IdentityJson> externalIdentities,
    @JsonRawValue String jobHistory,
    String jobTitle,
    UserSummaryJson reportsTo) {

    record IdentityJson(String issuer, String id, String displayName, boolean isVerified) {}

    static DevUserJson from(DevUser user) {
        return new DevUserJson(
            Ids.don(IdKind.DEV_USER, user.orgId(), user.id()),
            Ids.displayId(IdKind.DEV_USER, user.id()),
            UserSummaryJson.from(user.createdBy()),
            Json.timestamp(user.createdDate()),
            UserSummaryJson.from(user.modifiedBy()),
            Json.timestamp(user.modifiedDate()),
            user.displayName(),
            user.email(),
            user.fullName(),
            user.state().wire(),
            user.customFieldsJson(),
            Json.timestamp(user.experienceStartDate()),
            user.identities().stream()
                .map(i -> new IdentityJson(i.issuer(), i.id(), i.displayName(), i.isVerified()))
                .toList(),
            user.jobHistoryJson(),
            user.jobTitle(),
            UserSummaryJson.from(user.reportsTo()));
    }
}
