package dev.roster.auth;

import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import dev.roster.http.LoadShedder;
import dev.roster.http.Metrics;
import dev.roster.http.RequestLog;
import dev.roster.http.TrustedProxies;
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
    private final OperatorTokenService operators;
    private final RateLimiter limiter;
    private final Metrics metrics;
    private final LoadShedder shedder;
    private final TrustedProxies proxies;

    /** {@code limiter} null means rate limiting is off; {@code proxies} say whose X-Forwarded-For names the client. */
    public AuthFilter(TokenService tokens, OperatorTokenService operators, RateLimiter limiter, Metrics metrics,
                      LoadShedder shedder, TrustedProxies proxies) {
        this.shedder = shedder;
        this.proxies = proxies;
        this.tokens = tokens;
        this.operators = operators;
        this.limiter = limiter;
        this.metrics = metrics;
    }

    public void handle(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) return;
        if (roles.contains(Operator.TOKEN)) {
            authenticateOperator(ctx);
            return;
        }
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
        String hash = hashOf(ctx);
        Caller caller;
        try {
            caller = tokens.authenticate(secretOf(ctx));
        } catch (ApiException e) {
            if (e.error() instanceof ApiError.Unauthenticated && operators.isOperator(hash)) {
                throw ApiError.forbidden("the operator token manages dev orgs only (/_roster/dev-orgs.*); "
                    + ctx.path().substring(1) + " needs a token of a dev org").toException();
            }
            throw failedAuthentication(ctx, e);
        }
        ctx.attribute(Caller.ATTRIBUTE, caller);
        RequestLog.org(ctx, caller.orgId());
        admit(ctx, hash);
        return caller;
    }

    /** The operator token, and nothing else: an org token of any scope is known but refused (403). */
    private void authenticateOperator(Context ctx) {
        String hash = hashOf(ctx);
        if (!operators.isOperator(hash)) {
            try {
                tokens.authenticate(secretOf(ctx));
            } catch (ApiException e) {
                throw failedAuthentication(ctx, e);
            }
            throw ApiError.forbidden(ctx.path().substring(1) + " needs the operator token; a dev org's token, "
                + "of any scope, cannot manage dev orgs").toException();
        }
        admit(ctx, hash);
    }

    private String hashOf(Context ctx) {
        return TokenSecret.hash(secretOf(ctx));
    }

    private String secretOf(Context ctx) {
        try {
            return secret(ctx.header("Authorization"));
        } catch (ApiException e) {
            throw failedAuthentication(ctx, e);
        }
    }

    /** A failed authentication spends its address's bucket (429 once empty), then answers {@code e}. */
    private ApiException failedAuthentication(Context ctx, ApiException e) {
        if (limiter != null && e.error() instanceof ApiError.Unauthenticated) {
            limiter.takeFailedAuthentication(proxies.clientOf(ctx)).ifPresent(wait -> refuse("address", wait));
        }
        return e;
    }

    /** An authenticated token's own rate, and its share of the slots and of the database's connections. */
    private void admit(Context ctx, String hash) {
        if (limiter != null) limiter.takeForToken(hash).ifPresent(wait -> refuse("token", wait));
        shedder.admitClient(ctx, hash);
        FairShare.enter(hash);
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
