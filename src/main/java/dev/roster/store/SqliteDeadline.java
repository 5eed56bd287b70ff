package dev.roster.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;

/**
 * SQLite's statement timeout, which it lacks as a setting: a progress handler, called every few
 * thousand virtual-machine steps, interrupts the work once the transaction's deadline has passed
 * (SQLITE_INTERRUPT, answered 503 as PostgreSQL's statement_timeout is).
 */
final class SqliteDeadline extends ProgressHandler {
    private static final int STEPS_BETWEEN_CHECKS = 10_000;

    private final long deadline;

    private SqliteDeadline(long deadline) {
        this.deadline = deadline;
    }

    /** Gives the work about to run on {@code connection} until {@code timeout} from now. */
    static void start(Connection connection, Duration timeout) throws SQLException {
        ProgressHandler.setHandler(connection.unwrap(SQLiteConnection.class), STEPS_BETWEEN_CHECKS,
            new SqliteDeadline(System.nanoTime() + timeout.toNanos()));
    }

    @Override
    protected int progress() {
        return System.nanoTime() - deadline > 0 ? 1 : 0;
    }
}
