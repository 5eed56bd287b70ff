package dev.roster.cli;

import dev.roster.server.RosterConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives: shared by every command that opens the store. */
final class StorageOptions {
    @Option(names = "--data-dir", defaultValue = "${env:ROSTER_DATA_DIR:-" + RosterConfig.DEFAULT_DATA_DIR + "}",
        description = "Folder of the embedded SQLite database. Env ROSTER_DATA_DIR.")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:ROSTER_DB_URL}",
        description = "JDBC URL; jdbc:postgresql://host:port/database selects PostgreSQL; none means SQLite in the data "
            + "folder. Env ROSTER_DB_URL.")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:ROSTER_DB_USER}", description = "Database user. Env ROSTER_DB_USER.")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:ROSTER_DB_PASSWORD}", arity = "0..1", interactive = false,
        description = "Database password. Env ROSTER_DB_PASSWORD.")
    String dbPassword;
}
