package dev.roster.cli;

import dev.roster.errors.ApiException;
import dev.roster.fixtures.FixtureException;
import dev.roster.fixtures.Fixtures;
import dev.roster.server.RosterConfig;
import dev.roster.server.Services;
import dev.roster.store.Database;
import dev.roster.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** Where the data lives: shared by every command that opens the store, and how those commands open it. */
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

    /** A bulk import or export holds one transaction for minutes; each statement still ends. */
    private static final Duration LONG_WORK = Duration.ofHours(24);

    /** Connections for a bulk import, which writes in several transactions at once on PostgreSQL. */
    private static final int BULK_POOL = 8;

    private Duration statementTimeout;
    private int poolSize = 2;

    private Database.Settings settings() {
        RosterConfig defaults = RosterConfig.defaults("127.0.0.1", 0, dataDir, dbUrl);
        return new Database.Settings(defaults.dbUrl(), dbUser, dbPassword, Duration.ofSeconds(5), poolSize,
            statementTimeout != null ? statementTimeout : defaults.statementTimeout());
    }

    /**
     * Lifts the statement timeout for what runs next (on SQLite it bounds the whole transaction, which
     * for a bulk import or export lasts as long as the file), and gives it connections to run batches side by side.
     */
    StorageOptions forLongWork() {
        statementTimeout = LONG_WORK;
        poolSize = BULK_POOL;
        return this;
    }

    /** Where the store is, as messages name it. */
    StoreLocation location() { return settings().location(); }

    /**
     * Runs {@code work} on the store, which must exist: only {@code serve} creates one. A failure to
     * open it, or an API refusal (an unknown org, a bad email), is one line naming the store.
     */
    <T> T onExistingStore(Function<Services, T> work) {
        return onExistingStore(Fixtures.none(), work);
    }

    /** As {@link #onExistingStore(Function)}, with {@code fixtures} to apply. */
    <T> T onExistingStore(Fixtures fixtures, Function<Services, T> work) {
        Database.Settings settings = settings();
        Database db;
        try {
            db = Database.openExisting(settings);
        } catch (RuntimeException e) {
            throw Failures.explained(e, null, 0, settings.url());
        }
        try (db) {
            return work.apply(Services.over(db, Clock.systemUTC(), Services.Settings.DEFAULT, fixtures));
        } catch (ApiException e) {
            throw new CliFailure(e.error().message() + " (in " + settings.location() + ")", e);
        } catch (FixtureException e) {
            throw new CliFailure(e.getMessage(), e);
        }
    }
}
