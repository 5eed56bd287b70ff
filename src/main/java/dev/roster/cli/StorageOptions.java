package dev.roster.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives: shared by every command that opens the store. */
public final class StorageOptions {
    @Option(names = "--data-dir", defaultValue = "${env:ROSTER_DATA_DIR:-./data}",
        description = "Directory for the embedded SQLite database (env ROSTER_DATA_DIR, default ./data).")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:ROSTER_DB_URL}",
        description = "JDBC URL; jdbc:postgresql:... selects PostgreSQL (env ROSTER_DB_URL, default SQLite in the data dir).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:ROSTER_DB_USER}", description = "Database user (env ROSTER_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:ROSTER_DB_PASSWORD}", arity = "0..1", interactive = false,
        description = "Database password (env ROSTER_DB_PASSWORD).")
    String dbPassword;
}
