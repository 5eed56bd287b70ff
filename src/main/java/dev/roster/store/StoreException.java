package dev.roster.store;

import java.sql.SQLException;

/** A database failure, unchecked so that transactions can be lambdas. */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlException() { return (SQLException) getCause(); }

    /**
     * True when a unique constraint refused the statement. Only for updates whose conflict ends the
     * transaction anyway: on PostgreSQL a failed statement aborts it.
     */
    public boolean isUniqueViolation() {
        SQLException e = sqlException();
        if ("23505".equals(e.getSQLState())) return true;
        return e instanceof org.sqlite.SQLiteException sqlite
            && (sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                || sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
    }

    /** True when a referenced row was gone: on PostgreSQL, a concurrent delete won the race. */
    public boolean isForeignKeyViolation() {
        SQLException e = sqlException();
        return "23503".equals(e.getSQLState()) || e instanceof org.sqlite.SQLiteException sqlite
            && sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY;
    }

    /** True for conflicts a retry resolves: a deadlock or a serialization failure, or SQLite busy past its timeout. */
    public boolean isRetryable() {
        SQLException e = sqlException();
        String state = e.getSQLState();
        return "40P01".equals(state) || "40001".equals(state) || e instanceof org.sqlite.SQLiteException sqlite
            && (sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_BUSY
                || sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_LOCKED);
    }

    /** True when a statement ran past the statement timeout and the database cancelled it. */
    public boolean isTimeout() {
        SQLException e = sqlException();
        return "57014".equals(e.getSQLState()) || e instanceof org.sqlite.SQLiteException sqlite
            && sqlite.getResultCode() == org.sqlite.SQLiteErrorCode.SQLITE_INTERRUPT;
    }

    /** True when the database could not be reached, as opposed to a statement that failed. */
    public boolean isUnavailable() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException) return true;
            // 08: connection exceptions; 57P0x: the server is shutting down, crashed, or not yet accepting.
            if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
