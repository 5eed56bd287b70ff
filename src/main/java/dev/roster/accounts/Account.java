package dev.roster.accounts;

import dev.roster.devusers.UserRef;
import dev.roster.tags.TagOnObject;
import java.util.List;

/** An account: a customer company, with its domains, external refs, websites, owners and tags. */
record Account(long id, long orgId, String displayName, String description, String tier, String customFieldsJson,
               List<String> domains, List<String> externalRefs, List<String> websites, List<UserRef> owners,
               List<TagOnObject> tags, UserRef createdBy, UserRef modifiedBy, long createdDate, long modifiedDate) {

    Account withChildren(List<String> domains, List<String> externalRefs, List<String> websites, List<UserRef> owners) {
        return new Account(id, orgId, displayName, description, tier, customFieldsJson, domains, externalRefs, websites,
            owners, tags, createdBy, modifiedBy, createdDate, modifiedDate);
    }

    Account withTags(List<TagOnObject> tags) {
        return new Account(id, orgId, displayName, description, tier, customFieldsJson, domains, externalRefs, websites,
            owners, tags, createdBy, modifiedBy, createdDate, modifiedDate);
    }
}
