package dev.roster.auth;

import dev.roster.errors.ApiError;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.store.Database;
import dev.roster.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Issues, checks and revokes API tokens. Roster issues JWTs signed with the store's key; a token
 * authenticates only while its signature checks, it has not expired, and its row (found by the
 * token's hash, and whose id must be its {@code jti}) is live. Tokens from before JWTs, and a chosen
 * bootstrap token, are opaque secrets checked by their hash alone.
 */
public final class TokenService {
    /** The {@code iss} of every token Roster signs. */
    public static final String ISSUER = TokenSigner.ISSUER;

    /** User states whose tokens still authenticate. */
    private static final Set<String> LIVE_STATES = Set.of("active", "shadow", "unassigned");

    /** Far more tokens than a directory has in use at once; an entry is about 200 bytes. */
    private static final long CACHED_TOKENS = 10_000;
    private static final String SIGNING_PURPOSE = "token";

    private final Database db;
    private final Clock clock;
    private final TokenLifetime lifetime;
    private final TokenStore store = new TokenStore();
    private final SigningKeyStore keys = new SigningKeyStore();
    private final TokenCache cache;
    private volatile TokenSigner signer;

    public TokenService(Database db, Clock clock, TokenLifetime lifetime) {
        this.db = db;
        this.clock = clock;
        this.lifetime = lifetime;
        this.cache = new TokenCache(db.changes(), CACHED_TOKENS);
    }

    /** How long the tokens this service issues live. */
    public TokenLifetime lifetime() { return lifetime; }

    /** Issues a personal access token of the default lifetime inside the caller's transaction; answers it (shown once). */
    public String issue(Tx tx, long orgId, long userId, Scope scope) {
        return issue(tx, orgId, userId, scope, lifetime.standard());
    }

    /** Issues a personal access token that lives {@code life}; answers it (shown once). */
    public String issue(Tx tx, long orgId, long userId, Scope scope, Duration life) {
        return issue(tx, new NewToken(orgId, userId, Optional.empty(), scope, TokenType.PAT, Optional.empty(), life))
            .accessToken();
    }

    /** Registers a secret chosen by the operator (the bootstrap token): an opaque token that does not expire. */
    public String issue(Tx tx, long orgId, long userId, Scope scope, String secret) {
        store.insert(tx, new NewToken(orgId, userId, Optional.empty(), scope, TokenType.PAT, Optional.empty(), Duration.ZERO),
            TokenSecret.hash(secret), clock.millis(), null);
        return secret;
    }

    /** Issues a JWT: the row first, for its id (the {@code jti}), then the hash of the signed token. */
    public IssuedToken issue(Tx tx, NewToken token) {
        long now = clock.millis();
        long expiresAt = now + token.life().toMillis();
        long id = store.insert(tx, token, "pending:" + UUID.randomUUID(), now, expiresAt);
        String subject = token.revUserId().map(rev -> Ids.don(IdKind.REV_USER, token.orgId(), rev))
            .orElse(Ids.don(IdKind.DEV_USER, token.orgId(), token.devUserId()));
        String jwt = signer(tx).sign(new TokenClaims(Ids.don(IdKind.TOKEN, token.orgId(), id), subject,
            Ids.devOrgDon(token.orgId()), token.scope().wire(), token.type().wire(), now / 1000, expiresAt / 1000));
        store.setHash(tx, id, TokenSecret.hash(jwt));
        return new IssuedToken(store.find(tx, token.orgId(), id).orElseThrow(), jwt);
    }

    /** Answers the caller that presents {@code secret}, or 401. */
    public Caller authenticate(String secret) {
        String hash = TokenSecret.hash(secret);
        if (!isJwt(secret)) return cache.get(hash, this::lookup);
        TokenClaims claims = signer().verify(secret, clock.millis() / 1000);
        Caller caller = cache.get(hash, this::lookup);
        if (!Ids.don(IdKind.TOKEN, caller.orgId(), caller.tokenId()).equals(claims.jti())) {
            throw new ApiError.Unauthenticated("the token is unknown or revoked").toException();
        }
        return caller;
    }

    /** A JWT's encoded header starts {@code eyJ} (<code>{"</code>); a chosen opaque token is unlikely to. */
    private static boolean isJwt(String secret) {
        return secret.startsWith("eyJ") && TokenSigner.looksLikeJwt(secret);
    }

    private Caller lookup(String hash) {
        TokenStore.TokenRow row = db.read(tx -> store.findByHash(tx, hash))
            .orElseThrow(() -> new ApiError.Unauthenticated("the token is unknown or revoked").toException());
        if (!LIVE_STATES.contains(row.userState())) {
            throw new ApiError.Unauthenticated("the token's dev user is " + row.userState()).toException();
        }
        return new Caller(row.orgId(), row.userId(), row.scope(), row.id(), row.revUserId());
    }

    /** The signing key, made by the first process that needs it; a race is settled by its unique purpose. */
    private TokenSigner signer() {
        TokenSigner current = signer;
        return current != null ? current : db.write(this::signer);
    }

    /** Kept for later only once committed: a key made in a transaction that rolls back must not sign again. */
    private TokenSigner signer(Tx tx) {
        TokenSigner current = signer;
        if (current != null) return current;
        Optional<String> stored = keys.find(tx, SIGNING_PURPOSE);
        if (stored.isPresent()) {
            signer = TokenSigner.ofKeyJson(stored.get());
            return signer;
        }
        String json = TokenSigner.newKeyJson();
        keys.insertIfAbsent(tx, SIGNING_PURPOSE, TokenSigner.ofKeyJson(json).kid(), json, clock.millis());
        return TokenSigner.ofKeyJson(keys.find(tx, SIGNING_PURPOSE).orElseThrow());
    }

    /**
     * Refuses a change, inside its transaction and after it, that leaves the dev org with no dev user
     * who can still sign in with an admin token: nobody could then manage the org through the API.
     */
    public void requireAdminLeft(Tx tx, long orgId, String field, String change) {
        if (!store.hasAdmin(tx, orgId, LIVE_STATES, clock.millis())) {
            throw ApiError.valueNotPermitted(field, change + " would leave this dev org without an admin who can sign in; "
                + "give another dev user an admin token first").toException();
        }
    }

    public Optional<AuthToken> find(Tx tx, long orgId, long id) {
        return store.find(tx, orgId, id);
    }

    /** A subject's tokens, newest first: a dev user's own ({@code revUserId} 0), or a rev user's. */
    public List<AuthToken> list(Tx tx, long orgId, long devUserId, long revUserId, Optional<TokenType> type) {
        return store.list(tx, orgId, devUserId, revUserId, type);
    }

    public void setHint(Tx tx, long orgId, long id, String hint) {
        store.setHint(tx, orgId, id, hint);
    }

    /** Revokes a token by id; false when it was revoked already. Every process sees it at once. */
    public boolean revoke(Tx tx, long orgId, long id) {
        return store.revoke(tx, orgId, id, clock.millis()) == 1;
    }

    /** Revokes a subject's live tokens of one type, as {@link #list} selects them; answers how many. */
    public int revokeAll(Tx tx, long orgId, long devUserId, long revUserId, TokenType type) {
        return store.revokeAll(tx, orgId, devUserId, revUserId, type, clock.millis());
    }

    /** Revokes a token by its secret; false when no live token has it. */
    public boolean revoke(String secret) {
        return db.write(tx -> store.revoke(tx, TokenSecret.hash(secret), clock.millis())) == 1;
    }
}
