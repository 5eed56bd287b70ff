package dev.roster.store;

/**
 * Who changes something, in which dev org, and when: the columns every write of a tenant's object
 * records. One value, so that a dev org, a user and a time cannot be passed in each other's place.
 */
public record Stamp(long orgId, long userId, long at) {}
