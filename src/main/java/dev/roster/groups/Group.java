package dev.roster.groups;

import dev.roster.devusers.UserRef;

/** A static group of a dev org. {@code owner} is null when the group has none. */
record Group(long id, long orgId, String name, String description, MemberType memberType, UserRef owner,
             UserRef createdBy, UserRef modifiedBy, long createdDate, long modifiedDate) {}
