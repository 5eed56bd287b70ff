package dev.roster.authtokens;

import java.util.List;

/** The contract's response envelopes of {@code auth-tokens.*}. */
public final class AuthTokenResponses {
    private AuthTokenResponses() {}

    /** {@code expires_in} is the token's lifetime in seconds, as OAuth's token responses give it. */
    public record Created(String accessToken, String tokenType, long expiresIn, String scope) {}

    public record One(AuthTokenJson token) {}

    public record ListPage(List<AuthTokenJson> tokens) {}

    public record Info(OrgAttributes organization, UserAttributes user, TokenAttributes token) {}

    public record OrgAttributes(String id, String displayId, String slug) {}

    public record UserAttributes(String type, String id, String displayId, String displayName, String email, String fullName) {}

    /** Epoch seconds. A token from before JWTs never expires: its expiry is 0. */
    public record TokenAttributes(long expiry, long issuedAt, String issuer, String subject) {}
}
