package dev.roster.auth;

/**
 * What a Roster JWT says: its id ({@code jti}, the token's DON), its subject's DON ({@code sub}), its
 * dev org's DON, scope and requested token type, and when it was issued and expires (epoch seconds).
 */
record TokenClaims(String jti, String subject, String orgDon, String scope, String tokenType, long issuedAt,
                   long expiresAt) {}
