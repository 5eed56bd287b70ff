package dev.roster.devusers;

import java.util.List;

/**
 * A dev user: a member of the dev org's own staff. Optional attributes are null when unset;
 * {@code jobHistoryJson} and {@code customFieldsJson} hold JSON text already in wire shape.
 */
record DevUser(
    long id,
    long orgId,
    String email,
    String displayName,
    String fullName,
    UserState state,
    String jobTitle,
    String jobHistoryJson,
    Long experienceStartDate,
    UserRef reportsTo,
    String customFieldsJson,
    UserRef createdBy,
    UserRef modifiedBy,
    long createdDate,
    long modifiedDate,
    List<ExternalIdentity> identities) {
}
