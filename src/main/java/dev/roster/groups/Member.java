package dev.roster.groups;

/**
 * A member of a group as members.list shows it: a dev user (email, full name, state) or a rev user
 * (email, external ref, rev org); fields the kind lacks are null.
 */
record Member(long orgId, long groupId, MemberType type, long id, String displayName, String email, String fullName, String state,
              String externalRef, Long revOrgId, String revOrgName, long addedDate) {}
