package dev.roster.auth;

import dev.roster.errors.ApiError;
import dev.roster.store.Stamp;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * The authenticated principal of a request: a dev user of one dev org, with its token's scope and
 * id. A rev user's token ({@code revUserId} not 0) has {@code userId} the dev user who issued it, and
 * opens only the routes of {@link TokenHolder#ANY}.
 */
public record Caller(long orgId, long userId, Scope scope, long tokenId, long revUserId) {
    static final String ATTRIBUTE = "roster.caller";

    /** A dev user's caller that no token presented (fixtures and the CLI run operations as one). */
    public Caller(long orgId, long userId, Scope scope) {
        this(orgId, userId, scope, 0, 0);
    }

    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) throw new IllegalStateException("no caller on an authenticated route");
        return caller;
    }

    public boolean isRevUser() { return revUserId != 0; }

    /** This caller's change, now: its dev org, itself as the author, and the clock's time. */
    public Stamp stamp(Clock clock) { return new Stamp(orgId, userId, clock.millis()); }

    /** Throws 403 unless this caller's scope includes {@code needed}. */
    public void require(Scope needed, String action) {
        if (isRevUser()) {
            throw ApiError.forbidden(action + " needs a dev user's token; a rev user's token opens only auth-tokens.info, "
                + "auth-tokens.delete and auth-tokens.self.delete").toException();
        }
        if (!scope.includes(needed)) {
            throw ApiError.forbidden(action + " needs a token with " + needed.wire() + " scope; this token has "
                + scope.wire()).toException();
        }
    }
}
