package dev.roster.auth;

import dev.roster.errors.ApiError;
import dev.roster.store.Database;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.Set;

/** Issues, checks and revokes API tokens. */
public final class TokenService {
    /** User states whose tokens still authenticate. */
    private static final Set<String> LIVE_STATES = Set.of("active", "shadow", "unassigned");

    private final Database db;
    private final Clock clock;
    private final TokenStore store = new TokenStore();

    public TokenService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Issues a token for a dev user inside the caller's transaction, and returns its secret (shown once). */
    public String issue(Tx tx, long orgId, long userId, Scope scope) {
        return issue(tx, orgId, userId, scope, TokenSecret.generate());
    }

    /** Registers a secret chosen by the operator (the bootstrap token). */
    public String issue(Tx tx, long orgId, long userId, Scope scope, String secret) {
        store.insert(tx, orgId, userId, TokenSecret.hash(secret), scope, clock.millis());
        return secret;
    }

    /** Answers the caller a secret identifies, or 401. */
    public Caller authenticate(String secret) {
        TokenStore.TokenRow row = db.read(tx -> store.findByHash(tx, TokenSecret.hash(secret)))
            .orElseThrow(() -> new ApiError.Unauthenticated("the token is unknown or revoked").toException());
        if (!LIVE_STATES.contains(row.userState())) {
            throw new ApiError.Unauthenticated("the token's dev user is " + row.userState()).toException();
        }
        return new Caller(row.orgId(), row.userId(), row.scope());
    }

    /** Revokes a token by its secret; false when no live token has it. */
    public boolean revoke(String secret) {
        return db.write(tx -> store.revoke(tx, TokenSecret.hash(secret), clock.millis())) == 1;
    }
}
