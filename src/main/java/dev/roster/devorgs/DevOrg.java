package dev.roster.devorgs;

/** A dev org: one tenant of Roster, with its own dev users and customer directory. */
public record DevOrg(long id, String displayName, String slug, long createdDate) {}
