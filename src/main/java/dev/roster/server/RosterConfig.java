package dev.roster.server;

import dev.roster.auth.TokenLifetime;
import dev.roster.http.TrustedProxies;
import dev.roster.ratelimit.RateLimit;
import dev.roster.store.Database;
import dev.roster.webhooks.WebhookSettings;
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
    TrustedProxies trustedProxies,
    String rateLimitStore,
    int maxInFlight,
    Duration drainTimeout,
    Duration statementTimeout,
    int maxConnections,
    boolean selfLink,
    int journalSize,
    TokenLifetime tokenLifetime,
    WebhookSettings webhooks) {

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
        return builder(host, port, dataDir, dbUrl).build();
    }

    /** A builder that starts from the defaults of {@code roster serve}. */
    public static Builder builder(String host, int port, Path dataDir, String dbUrl) {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.dataDir = dataDir;
        b.dbUrl = dbUrl;
        return b;
    }

    /** A builder holding this configuration, to change some of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.dataDir = dataDir;
        b.dbUrl = dbUrl;
        b.dbUser = dbUser;
        b.dbPassword = dbPassword;
        b.bootstrapToken = bootstrapToken;
        b.bootstrapEmail = bootstrapEmail;
        b.dbTimeout = dbTimeout;
        b.poolSize = poolSize;
        b.rateLimit = rateLimit;
        b.authFailureLimit = authFailureLimit;
        b.trustedProxies = trustedProxies;
        b.rateLimitStore = rateLimitStore;
        b.maxInFlight = maxInFlight;
        b.drainTimeout = drainTimeout;
        b.statementTimeout = statementTimeout;
        b.maxConnections = maxConnections;
        b.selfLink = selfLink;
        b.journalSize = journalSize;
        b.tokenLifetime = tokenLifetime;
        b.webhooks = webhooks;
        return b;
    }

    public RosterConfig withRateLimit(RateLimit limit, String store) {
        return toBuilder().rateLimit(limit, store).build();
    }

    public RosterConfig withAuthFailureLimit(RateLimit limit) { return toBuilder().authFailureLimit(limit).build(); }

    public RosterConfig withTrustedProxies(TrustedProxies proxies) { return toBuilder().trustedProxies(proxies).build(); }

    public RosterConfig withMaxInFlight(int max) { return toBuilder().maxInFlight(max).build(); }

    public RosterConfig withDbTimeout(Duration timeout) { return toBuilder().dbTimeout(timeout).build(); }

    public RosterConfig withBootstrap(String token, String email) { return toBuilder().bootstrap(token, email).build(); }

    public RosterConfig withPoolSize(int size) { return toBuilder().poolSize(size).build(); }

    public RosterConfig withStatementTimeout(Duration timeout) { return toBuilder().statementTimeout(timeout).build(); }

    /** With {@code false}, only admins link identities, to anyone; a write token links none, not even its own. */
    public RosterConfig withSelfLink(boolean allowed) { return toBuilder().selfLink(allowed).build(); }

    /** With the webhooks' settings changed by {@code change}. */
    public RosterConfig withWebhooks(java.util.function.UnaryOperator<WebhookSettings.Builder> change) {
        return toBuilder().webhooks(change.apply(webhooks.toBuilder()).build()).build();
    }

    /** With {@code size} requests kept per dev org in the request journal; 0 turns it off. */
    public RosterConfig withJournalSize(int size) { return toBuilder().journalSize(size).build(); }

    /** Sets some settings and keeps the rest; {@link #build} validates them all. */
    public static final class Builder {
        private String host;
        private int port;
        private Path dataDir;
        private String dbUrl;
        private String dbUser;
        private String dbPassword;
        private String bootstrapToken;
        private String bootstrapEmail = DEFAULT_BOOTSTRAP_EMAIL;
        private Duration dbTimeout = Duration.ofMillis(Long.parseLong(DEFAULT_DB_TIMEOUT_MS));
        private int poolSize = Integer.parseInt(DEFAULT_POOL_SIZE);
        private RateLimit rateLimit = RateLimit.parse(DEFAULT_RATE_LIMIT);
        private RateLimit authFailureLimit = RateLimit.parse(DEFAULT_AUTH_FAILURE_LIMIT);
        private TrustedProxies trustedProxies = TrustedProxies.NONE;
        private String rateLimitStore;
        private int maxInFlight = Integer.parseInt(DEFAULT_MAX_IN_FLIGHT);
        private Duration drainTimeout = Duration.ofMillis(Long.parseLong(DEFAULT_DRAIN_TIMEOUT_MS));
        private Duration statementTimeout = Duration.ofMillis(Long.parseLong(DEFAULT_STATEMENT_TIMEOUT_MS));
        private int maxConnections = Integer.parseInt(DEFAULT_MAX_CONNECTIONS);
        private boolean selfLink = "on".equals(DEFAULT_SELF_LINK);
        private int journalSize = Integer.parseInt(DEFAULT_JOURNAL_SIZE);
        private TokenLifetime tokenLifetime = TokenLifetime.STANDARD;
        private WebhookSettings webhooks = WebhookSettings.DEFAULT;

        private Builder() {}

        public Builder database(String user, String password) {
            dbUser = user;
            dbPassword = password;
            return this;
        }

        public Builder bootstrap(String token, String email) {
            bootstrapToken = token;
            bootstrapEmail = email;
            return this;
        }

        public Builder dbTimeout(Duration timeout) { dbTimeout = timeout; return this; }

        public Builder poolSize(int size) { poolSize = size; return this; }

        public Builder rateLimit(RateLimit limit, String store) {
            rateLimit = limit;
            rateLimitStore = store;
            return this;
        }

        public Builder authFailureLimit(RateLimit limit) { authFailureLimit = limit; return this; }

        public Builder trustedProxies(TrustedProxies proxies) { trustedProxies = proxies; return this; }

        public Builder maxInFlight(int max) { maxInFlight = max; return this; }

        public Builder drainTimeout(Duration timeout) { drainTimeout = timeout; return this; }

        public Builder statementTimeout(Duration timeout) { statementTimeout = timeout; return this; }

        public Builder maxConnections(int max) { maxConnections = max; return this; }

        public Builder selfLink(boolean allowed) { selfLink = allowed; return this; }

        public Builder journalSize(int size) { journalSize = size; return this; }

        public Builder tokenLifetime(TokenLifetime lifetime) { tokenLifetime = lifetime; return this; }

        public Builder webhooks(WebhookSettings settings) { webhooks = settings; return this; }

        /** Throws {@link IllegalArgumentException} naming the option that is out of range. */
        public RosterConfig build() {
            return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
                poolSize, rateLimit, authFailureLimit, trustedProxies, rateLimitStore, maxInFlight, drainTimeout, statementTimeout,
                maxConnections, selfLink, journalSize, tokenLifetime, webhooks);
        }
    }

    /** What the services decide by. */
    public Services.Settings serviceSettings() {
        return new Services.Settings(selfLink, tokenLifetime, webhooks);
    }

    public Database.Settings databaseSettings() {
        return new Database.Settings(dbUrl, dbUser, dbPassword, dbTimeout, poolSize, statementTimeout);
    }

    public boolean usesSqlite() { return dbUrl.startsWith("jdbc:sqlite:"); }
}
