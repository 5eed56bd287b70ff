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

    /** Far more tokens than a directory has in use at once; an entry is about 200 bytes. */
    private static final long CACHED_TOKENS = 10_000;

    private final Database db;
    private final Clock clock;
    private final TokenStore store = new TokenStore();
    private final TokenCache cache;

    public TokenService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.cache = new TokenCache(db.changes(), CACHED_TOKENS);
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

    /** Answers the caller whose token has this hash ({@link TokenSecret#hash}), or 401. */
    public Caller authenticate(String hash) {
        return cache.get(hash, this::lookup);
    }

    private Caller lookup(String hash) {
        TokenStore.TokenRow row = db.read(tx -> store.findByHash(tx, hash))
            .orElseThrow(() -> new ApiError.Unauthenticated("the token is unknown or revoked").toException());
        if (!LIVE_STATES.contains(row.userState())) {
            throw new ApiError.Unauthenticated("the token's dev user is " + row.userState()).toException();
        }
        return new Caller(row.orgId(), row.userId(), row.scope());
    }

    /**
     * Refuses a change, inside its transaction and after it, that leaves the dev org with no dev user
     * who can still sign in with an admin token: nobody could then manage the org through the API.
     */
    public void requireAdminLeft(Tx tx, long orgId, String field, String change) {
        if (!store.hasAdmin(tx, orgId, LIVE_STATES)) {
            throw ApiError.valueNotPermitted(field, change + " would leave this dev org without an admin who can sign in; "
                + "give another dev user an admin token first").toException();
        }
    }

    /** Revokes a token by its secret; false when no live token has it. */
    public boolean revoke(String secret) {
        return db.write(tx -> store.revoke(tx, TokenSecret.hash(secret), clock.millis())) == 1;
    }
}
