package dev.roster.devusers;

/** An identity of a dev user in another system: unique per (issuer, id) within a dev org. */
record ExternalIdentity(String issuer, String id, String displayName, boolean isVerified) {}
