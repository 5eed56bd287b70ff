package dev.roster.testing;

import dev.roster.auth.Scope;

/** A dev org made for one test, with its admin user and an API client holding an admin token. */
public record Tenant(RosterTestServer server, long orgId, long adminId, Api admin) {
    /** A client acting as {@code userId} with a token of {@code scope}. */
    public Api as(long userId, Scope scope) {
        return admin.withToken(server.token(this, userId, scope));
    }

    public String adminDisplayId() { return "DEVU-" + adminId; }
}
