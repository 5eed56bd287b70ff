package dev.roster.devusers;

/** A dev user as other objects refer to it: what a user summary shows. */
public record UserRef(long id, long orgId, String displayName, String email, String fullName, String state) {}
