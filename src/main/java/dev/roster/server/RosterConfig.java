package dev.roster.server;

import dev.roster.ratelimit.RateLimit;
import dev.roster.store.Database;
import java.nio.file.Path;
import java.time.Duration;

/** Everything the server is configured with, validated once at start. */
public record RosterConfig(
    String host,
    int port,
    Path dataDir,
    String dbUrl,
    String dbUser,
    String dbPassword,
    String bootstrapToken,
    String bootstrapEmail,
    Duration dbTimeout,
    int poolSize,
    RateLimit rateLimit,
    RateLimit authFailureLimit,
    String rateLimitStore,
    int maxInFlight,
    Duration drainTimeout,
    Duration statementTimeout,
    int maxConnections,
    boolean selfLink,
    int journalSize) {

    // The defaults, written once: `roster serve` shows them in its help and uses them, and so does defaults().
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final String DEFAULT_PORT = "8080";
    public static final String DEFAULT_DATA_DIR = "./data";
    public static final String DEFAULT_IN_MEMORY = "false";
    public static final String DEFAULT_DB_TIMEOUT_MS = "5000";
    public static final String DEFAULT_POOL_SIZE = "8";
    public static final String DEFAULT_RATE_LIMIT = "off";
    public static final String DEFAULT_AUTH_FAILURE_LIMIT = "20:200";
    public static final String DEFAULT_MAX_IN_FLIGHT = "256";
    public static final String DEFAULT_DRAIN_TIMEOUT_MS = "10000";
    public static final String DEFAULT_STATEMENT_TIMEOUT_MS = "10000";
    public static final String DEFAULT_MAX_CONNECTIONS = "1024";
    public static final String DEFAULT_SELF_LINK = "on";
    public static final String DEFAULT_BOOTSTRAP_EMAIL = "admin@roster.local";
    public static final String DEFAULT_JOURNAL_SIZE = "1000";
    /** The most requests the journal may keep per dev org. */
    public static final int MAX_JOURNAL_SIZE = 100_000;

    /** A chosen admin token is as hard to guess as a generated one only if it is long enough. */
    public static final int MIN_BOOTSTRAP_TOKEN_LENGTH = 32;

    public RosterConfig {
        if (bootstrapToken != null && bootstrapToken.isBlank()) bootstrapToken = null;
        if (bootstrapToken != null && bootstrapToken.length() < MIN_BOOTSTRAP_TOKEN_LENGTH) {
            throw new IllegalArgumentException("ROSTER_BOOTSTRAP_TOKEN must be at least " + MIN_BOOTSTRAP_TOKEN_LENGTH
                + " characters, got " + bootstrapToken.length());
        }
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        if (dbUrl == null || dbUrl.isBlank()) dbUrl = "jdbc:sqlite:" + dataDir.resolve("roster.db");
        if (maxInFlight < 1) throw new IllegalArgumentException("--max-in-flight must be at least 1, got " + maxInFlight);
        if (poolSize < 1) throw new IllegalArgumentException("--db-pool-size must be at least 1, got " + poolSize);
        if (dbTimeout.isNegative() || dbTimeout.isZero()) {
            throw new IllegalArgumentException("--db-timeout must be a positive number of milliseconds");
        }
        if (drainTimeout.isNegative()) throw new IllegalArgumentException("--drain-timeout must not be negative");
        if (statementTimeout.isNegative() || statementTimeout.isZero()) {
            throw new IllegalArgumentException("--statement-timeout must be a positive number of milliseconds");
        }
        if (maxConnections < 1) throw new IllegalArgumentException("--max-connections must be at least 1, got " + maxConnections);
        if (journalSize < 0 || journalSize > MAX_JOURNAL_SIZE) {
            throw new IllegalArgumentException("--journal-size must be between 0 and " + MAX_JOURNAL_SIZE + ", got " + journalSize);
        }
    }

    /** The defaults of {@code roster serve} for what a caller does not choose. */
    public static RosterConfig defaults(String host, int port, Path dataDir, String dbUrl) {
        return new RosterConfig(host, port, dataDir, dbUrl, null, null, null, DEFAULT_BOOTSTRAP_EMAIL,
            Duration.ofMillis(Long.parseLong(DEFAULT_DB_TIMEOUT_MS)), Integer.parseInt(DEFAULT_POOL_SIZE),
            RateLimit.parse(DEFAULT_RATE_LIMIT), RateLimit.parse(DEFAULT_AUTH_FAILURE_LIMIT), null,
            Integer.parseInt(DEFAULT_MAX_IN_FLIGHT), Duration.ofMillis(Long.parseLong(DEFAULT_DRAIN_TIMEOUT_MS)),
            Duration.ofMillis(Long.parseLong(DEFAULT_STATEMENT_TIMEOUT_MS)), Integer.parseInt(DEFAULT_MAX_CONNECTIONS),
            "on".equals(DEFAULT_SELF_LINK), Integer.parseInt(DEFAULT_JOURNAL_SIZE));
    }

    public RosterConfig withRateLimit(RateLimit limit, String store) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, limit, authFailureLimit, store, maxInFlight, drainTimeout, statementTimeout, maxConnections, selfLink, journalSize);
    }

    public RosterConfig withAuthFailureLimit(RateLimit limit) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, rateLimit, limit, rateLimitStore, maxInFlight, drainTimeout, statementTimeout, maxConnections, selfLink, journalSize);
    }

    public RosterConfig withMaxInFlight(int max) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, rateLimit, authFailureLimit, rateLimitStore, max, drainTimeout, statementTimeout, maxConnections, selfLink, journalSize);
    }

    public RosterConfig withDbTimeout(Duration timeout) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, timeout,
            poolSize, rateLimit, authFailureLimit, rateLimitStore, maxInFlight, drainTimeout, statementTimeout, maxConnections, selfLink, journalSize);
    }

    public RosterConfig withBootstrap(String token, String email) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, token, email, dbTimeout,
            poolSize, rateLimit, authFailureLimit, rateLimitStore, maxInFlight, drainTimeout, statementTimeout, maxConnections, selfLink, journalSize);
    }

    public RosterConfig withPoolSize(int size) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            size, rateLimit, authFailureLimit, rateLimitStore, maxInFlight, drainTimeout, statementTimeout, maxConnections, selfLink, journalSize);
    }

    public RosterConfig withStatementTimeout(Duration timeout) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, rateLimit, authFailureLimit, rateLimitStore, maxInFlight, drainTimeout, timeout, maxConnections, selfLink, journalSize);
    }

    /** With {@code false}, only admins link identities, to anyone; a write token links none, not even its own. */
    public RosterConfig withSelfLink(boolean allowed) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, rateLimit, authFailureLimit, rateLimitStore, maxInFlight, drainTimeout, statementTimeout, maxConnections,
            allowed, journalSize);
    }

    /** With {@code size} requests kept per dev org in the request journal; 0 turns it off. */
    public RosterConfig withJournalSize(int size) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, rateLimit, authFailureLimit, rateLimitStore, maxInFlight, drainTimeout, statementTimeout, maxConnections,
            selfLink, size);
    }

    public Database.Settings databaseSettings() {
        return new Database.Settings(dbUrl, dbUser, dbPassword, dbTimeout, poolSize, statementTimeout);
    }

    public boolean usesSqlite() { return dbUrl.startsWith("jdbc:sqlite:"); }
}
