package dev.roster.server;

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
    int poolSize) {

    public RosterConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535");
        if (dbUrl == null || dbUrl.isBlank()) dbUrl = "jdbc:sqlite:" + dataDir.resolve("roster.db");
    }

    public Database.Settings databaseSettings() {
        return new Database.Settings(dbUrl, dbUser, dbPassword, dbTimeout, poolSize);
    }

    public boolean usesSqlite() { return dbUrl.startsWith("jdbc:sqlite:"); }
}
