package dev.roster.revorgs;

import dev.roster.devusers.UserRef;
import dev.roster.tags.TagOnObject;
import java.util.List;

/** A rev org: a customer organisation within an account. Every account has one default rev org. */
public record RevOrg(long id, long orgId, long accountId, String accountName, boolean isDefault, String displayName,
                     String description, String externalRef, String environment, String tier, String customFieldsJson,
                     List<TagOnObject> tags, UserRef createdBy, UserRef modifiedBy, long createdDate,
                     long modifiedDate) {

    RevOrg withTags(List<TagOnObject> tags) {
        return new RevOrg(id, orgId, accountId, accountName, isDefault, displayName, description, externalRef,
            environment, tier, customFieldsJson, tags, createdBy, modifiedBy, createdDate, modifiedDate);
    }
}
