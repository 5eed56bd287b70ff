package dev.roster.auth;

import dev.roster.errors.ApiError;
import dev.roster.store.Stamp;
import io.javalin.http.Context;
import java.time.Clock;

/** The authenticated principal of a request: a dev user of one dev org, with its token's scope. */
public record Caller(long orgId, long userId, Scope scope) {
    static final String ATTRIBUTE = "roster.caller";

    public static Caller of(Context ctx) {
        Caller caller = ctx.attribute(ATTRIBUTE);
        if (caller == null) throw new IllegalStateException("no caller on an authenticated route");
        return caller;
    }

    /** This caller's change, now: its dev org, itself as the author, and the clock's time. */
    public Stamp stamp(Clock clock) { return new Stamp(orgId, userId, clock.millis()); }

    /** Throws 403 unless this caller's scope includes {@code needed}. */
    public void require(Scope needed, String action) {
        if (!scope.includes(needed)) {
            throw ApiError.forbidden(action + " needs a token with " + needed.wire() + " scope; this token has "
                + scope.wire()).toException();
        }
    }
}
