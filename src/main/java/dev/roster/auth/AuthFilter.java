package dev.roster.auth;

import dev.roster.errors.ApiError;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Set;

/**
 * Authenticates every route that declares a scope, and checks the scope. Accepts
 * {@code Authorization: Bearer <token>} and the bare {@code Authorization: <token>} that DevRev's
 * own SDK sends.
 */
public final class AuthFilter {
    private final TokenService tokens;

    public AuthFilter(TokenService tokens) { this.tokens = tokens; }

    public void handle(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) return;
        Caller caller = tokens.authenticate(secret(ctx.header("Authorization")));
        for (RouteRole role : roles) {
            if (role instanceof Scope scope) caller.require(scope, ctx.path().substring(1));
        }
        ctx.attribute(Caller.ATTRIBUTE, caller);
    }

    static String secret(String header) {
        if (header == null || header.isBlank()) {
            throw new ApiError.Unauthenticated("missing Authorization header; send 'Authorization: Bearer <token>'").toException();
        }
        String value = header.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) value = value.substring(7).strip();
        if (value.isEmpty()) throw new ApiError.Unauthenticated("the Authorization header carries no token").toException();
        return value;
    }
}
