package dev.roster.auth;

import dev.roster.store.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * The operator token: one live secret per store that manages dev orgs, kept only as a hash. The
 * server makes it at the start that finds none (the first start), and {@code roster operator-token
 * rotate} replaces it. Each check reads the store (an indexed lookup), so a rotation bites at once
 * in every process without a cache to invalidate.
 */
public final class OperatorTokenService {
    /** As long as the bootstrap token must be: as hard to guess as a generated one. */
    public static final int MIN_CHOSEN_LENGTH = 32;

    private final Database db;
    private final Clock clock;
    private final OperatorTokenStore store = new OperatorTokenStore();

    public OperatorTokenService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** {@code ROSTER_OPERATOR_TOKEN}: absent when unset or blank; IllegalArgumentException when too short. */
    public static Optional<String> chosen(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        if (value.length() < MIN_CHOSEN_LENGTH) {
            throw new IllegalArgumentException("ROSTER_OPERATOR_TOKEN must be at least " + MIN_CHOSEN_LENGTH
                + " characters, got " + value.length());
        }
        return Optional.of(value);
    }

    /**
     * Registers {@code chosen}, or a generated secret, unless the store has had an operator token
     * before; answers the secret registered, or empty when there was one already.
     */
    public Optional<String> createIfAbsent(Optional<String> chosen) {
        return db.write(tx -> {
            if (store.exists(tx)) return Optional.empty();
            String secret = chosen.orElseGet(TokenSecret::generate);
            store.insert(tx, TokenSecret.hash(secret), clock.millis());
            return Optional.of(secret);
        });
    }

    /** Revokes the live operator token and answers a new one's secret (shown once). */
    public String rotate() {
        String secret = TokenSecret.generate();
        db.write(tx -> {
            store.revokeAll(tx, clock.millis());
            store.insert(tx, TokenSecret.hash(secret), clock.millis());
            return null;
        });
        return secret;
    }

    /** Whether {@code hash} ({@link TokenSecret#hash}) is the live operator token's. */
    boolean isOperator(String hash) {
        return db.read(tx -> store.isLive(tx, hash));
    }
}
