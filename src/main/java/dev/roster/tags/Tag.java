package dev.roster.tags;

import dev.roster.devusers.UserRef;
import java.util.List;

/** A tag of a dev org. {@code allowedValues} is null when any value is allowed. */
record Tag(long id, long orgId, String name, String description, List<String> allowedValues, String color,
           UserRef createdBy, UserRef modifiedBy, long createdDate, long modifiedDate) {}
