package dev.roster.auth;

import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import dev.roster.http.LoadShedder;
import dev.roster.http.Metrics;
import dev.roster.http.RequestLog;
import dev.roster.ratelimit.RateLimiter;
import dev.roster.store.FairShare;
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
    private final RateLimiter limiter;
    private final Metrics metrics;
    private final LoadShedder shedder;

    /** {@code limiter} null means rate limiting is off. */
    public AuthFilter(TokenService tokens, RateLimiter limiter, Metrics metrics, LoadShedder shedder) {
        this.shedder = shedder;
        this.tokens = tokens;
        this.limiter = limiter;
        this.metrics = metrics;
    }

    public void handle(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) return;
        Caller caller = authenticate(ctx);
        for (RouteRole role : roles) {
            if (role instanceof Scope scope) caller.require(scope, ctx.path().substring(1));
        }
    }

    /**
     * Authenticated callers spend their token's bucket (when a per-token limit is on); a failed
     * authentication spends its address's bucket, so guessing is slow, while a valid token is never
     * refused for what others behind the same address did. The caller is known before any refusal,
     * so that the log line of a 429 or 403 names its dev org.
     */
    private Caller authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String hash;
        Caller caller;
        try {
            hash = TokenSecret.hash(secret(header));
            caller = tokens.authenticate(hash);
        } catch (ApiException e) {
            if (limiter != null && e.error() instanceof ApiError.Unauthenticated) {
                limiter.takeFailedAuthentication(ctx.ip()).ifPresent(wait -> refuse("address", wait));
            }
            throw e;
        }
        ctx.attribute(Caller.ATTRIBUTE, caller);
        RequestLog.org(ctx, caller.orgId());
        if (limiter != null) limiter.takeForToken(hash).ifPresent(wait -> refuse("token", wait));
        // One token's share of the slots, and of the database's connections.
        shedder.admitClient(ctx, hash);
        FairShare.enter(hash);
        return caller;
    }

    private void refuse(String client, long retryAfterSeconds) {
        metrics.rateLimited(client);
        throw new ApiError.TooManyRequests(retryAfterSeconds, "rate limit exceeded; retry after " + retryAfterSeconds
            + " second" + (retryAfterSeconds == 1 ? "" : "s")).toException();
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
