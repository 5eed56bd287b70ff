package dev.roster.cli;

import dev.roster.errors.ApiException;
import dev.roster.fixtures.FixtureException;
import dev.roster.store.NoStoreException;
import dev.roster.store.StoreLocation;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.sql.SQLException;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Names the failures a user can cause when a command starts (a port in use, a data folder Roster
 * cannot use, a database URL, login or server that is wrong or down, a fixture that cannot be loaded
 * or applied) in one line that says what to do. Anything else is a bug and keeps its stack trace.
 */
final class Failures {
    private Failures() {}

    /** Rethrows {@code failure} as a {@link CliFailure} when a user can act on it. */
    static RuntimeException explained(RuntimeException failure, String host, int port, String dbUrl) {
        return explain(failure, host, port, dbUrl).<RuntimeException>map(line -> new CliFailure(line, failure)).orElse(failure);
    }

    static Optional<String> explain(Throwable failure, String host, int port, String dbUrl) {
        if (failure instanceof NoStoreException || failure instanceof FixtureException) return Optional.of(failure.getMessage());
        // At a start, the API refuses only what the user chose: a seed fixture whose step fails.
        if (failure instanceof ApiException refused) return Optional.of(refused.error().message());
        String store = location(dbUrl);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return Optional.of("port " + port + " on " + host + " is already in use: stop the program using it, or choose "
                    + "another port with --port (0 picks a free one)");
            }
            if (t instanceof AccessDeniedException denied) {
                return Optional.of("cannot use the data folder: permission denied on " + denied.getFile()
                    + "; give Roster a folder it may write with --data-dir");
            }
            if (t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException) {
                return Optional.of("the data folder " + ((FileSystemException) t).getFile() + " is a file, not a folder; "
                    + "choose a folder with --data-dir");
            }
            if (t instanceof SQLiteException sqlite && sqlite.getResultCode().code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
                return Optional.of("cannot open the SQLite database " + store + ": check that its folder exists and this user "
                    + "may read and write it, or choose another with --data-dir");
            }
            if (t instanceof UnknownHostException) {
                return Optional.of("cannot reach " + store + ": unknown host; check --db-url");
            }
            if (t instanceof ConnectException) {
                return Optional.of("cannot reach " + store + ": connection refused; is PostgreSQL running there, and is --db-url right?");
            }
        }
        return sqlState(failure, store).or(() -> badUrl(failure));
    }

    /** PostgreSQL's reasons, by SQL state, looked for along the whole chain: the pool wraps the driver's. */
    private static Optional<String> sqlState(Throwable failure, String store) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql) || sql.getSQLState() == null) continue;
            String state = sql.getSQLState();
            if (state.equals("28P01") || state.equals("28000")) {
                return Optional.of(store + " refused the login: wrong user or password (--db-user, --db-password)");
            }
            if (state.equals("3D000")) return Optional.of(store + ": the database does not exist; create it or fix --db-url");
            if (state.startsWith("08")) {
                return Optional.of("cannot reach " + store + ": is PostgreSQL running there, and is --db-url right?");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> badUrl(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.startsWith("unsupported database URL") || message.contains("jdbcUrl")) {
                return Optional.of("--db-url is not a database URL Roster can use: give jdbc:postgresql://host:port/database, "
                    + "or leave it out for the embedded SQLite database");
            }
        }
        return Optional.empty();
    }

    private static String location(String dbUrl) {
        try {
            return StoreLocation.of(dbUrl).toString();
        } catch (RuntimeException e) {
            return "the database";
        }
    }
}
