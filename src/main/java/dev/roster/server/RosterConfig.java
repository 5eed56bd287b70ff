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
    String rateLimitStore,
    int maxInFlight,
    Duration drainTimeout) {

    public RosterConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535");
        if (dbUrl == null || dbUrl.isBlank()) dbUrl = "jdbc:sqlite:" + dataDir.resolve("roster.db");
        if (maxInFlight < 1) throw new IllegalArgumentException("max in flight must be at least 1");
        if (dbTimeout.isNegative() || dbTimeout.isZero()) throw new IllegalArgumentException("db timeout must be positive");
    }

    /** The defaults of {@code roster serve} for what a caller does not choose. */
    public static RosterConfig defaults(String host, int port, Path dataDir, String dbUrl) {
        return new RosterConfig(host, port, dataDir, dbUrl, null, null, null, "admin@roster.local", Duration.ofSeconds(5), 8,
            RateLimit.parse("50:100"), null, 256, Duration.ofSeconds(10));
    }

    public RosterConfig withRateLimit(RateLimit limit, String store) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, limit, store, maxInFlight, drainTimeout);
    }

    public RosterConfig withMaxInFlight(int max) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, dbTimeout,
            poolSize, rateLimit, rateLimitStore, max, drainTimeout);
    }

    public RosterConfig withDbTimeout(Duration timeout) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, bootstrapToken, bootstrapEmail, timeout,
            poolSize, rateLimit, rateLimitStore, maxInFlight, drainTimeout);
    }

    public RosterConfig withBootstrap(String token, String email) {
        return new RosterConfig(host, port, dataDir, dbUrl, dbUser, dbPassword, token, email, dbTimeout,
            poolSize, rateLimit, rateLimitStore, maxInFlight, drainTimeout);
    }

    public Database.Settings databaseSettings() {
        return new Database.Settings(dbUrl, dbUser, dbPassword, dbTimeout, poolSize);
    }

    public boolean usesSqlite() { return dbUrl.startsWith("jdbc:sqlite:"); }
}
