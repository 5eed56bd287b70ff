package dev.roster.auth;

/** A token just issued: its metadata, and the token itself, which is shown only this once. */
public record IssuedToken(AuthToken token, String accessToken) {}
