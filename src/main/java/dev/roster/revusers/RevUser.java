package dev.roster.revusers;

import dev.roster.devusers.UserRef;
import dev.roster.tags.TagOnObject;
import java.util.List;

/**
 * A rev user: a customer contact, linked to at most one rev org. Optional attributes are null when
 * unset. The id stays when the user moves between rev orgs.
 */
record RevUser(long id, long orgId, Long revOrgId, String revOrgName, String displayName, String email,
               String description, String externalRef, boolean isVerified, String customFieldsJson,
               List<String> externalRefs, List<String> phoneNumbers, List<TagOnObject> tags,
               UserRef createdBy, UserRef modifiedBy, long createdDate, long modifiedDate) {
}
