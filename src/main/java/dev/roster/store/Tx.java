package dev.roster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One database transaction. Every store method takes it, so a service decides what one unit of
 * work is. All values are bound parameters; SQL text comes only from code.
 */
public final class Tx {
    private final Connection connection;
    private final Engine engine;
    private final StatementCache cache;
    private final StatementObserver observer;
    private final ChangeSignal changes;
    private List<Runnable> afterCommit;

    /** {@code cache} is null where the driver caches statements itself; {@code observer} is usually null. */
    Tx(Connection connection, Engine engine, StatementCache cache, StatementObserver observer, ChangeSignal changes) {
        this.connection = connection;
        this.engine = engine;
        this.cache = cache;
        this.observer = observer;
        this.changes = changes;
    }

    public Engine engine() { return engine; }

    /**
     * Marks this transaction as one that changes who may authenticate (a token revoked, a user's
     * state changed): when it commits, every process drops what it cached about tokens.
     */
    public void announceAuthChange() {
        changes.announce(this);
    }

    /**
     * Marks this transaction as an erasure of personal data. SQLite's secure_delete has already
     * zeroed the erased rows in the database's pages; once this commits, the write-ahead log, which
     * still holds older images of those pages, is checkpointed and truncated too. (A reader's open
     * snapshot can keep the truncation from completing; the next checkpoint finishes it.)
     */
    public void eraseTraces() {
        if (engine == Engine.SQLITE) afterCommit(this::truncateLog);
    }

    private void truncateLog() {
        try (var statement = connection.createStatement()) {
            statement.execute("pragma wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // The erasure itself is committed; a busy log is truncated by a later checkpoint.
        }
    }

    /** Runs {@code action} once this transaction (or the one it joined) has committed; never if it rolls back. */
    public void afterCommit(Runnable action) {
        if (afterCommit == null) afterCommit = new ArrayList<>(1);
        afterCommit.add(action);
    }

    /** Runs what was registered to follow the commit, once it has happened. */
    void committed() {
        if (afterCommit != null) afterCommit.forEach(Runnable::run);
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return run(sql, params, statement -> {
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) rows.add(mapper.map(rs));
                return rows;
            }
        });
    }

    public <T> List<T> list(Sql sql, RowMapper<T> mapper) {
        return list(sql.text(), mapper, sql.params());
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        return run(sql, params, statement -> {
            // Else PostgreSQL's driver reads every row the query matches before answering the first.
            statement.setMaxRows(1);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            } finally {
                statement.setMaxRows(0);
            }
        });
    }

    public boolean exists(String sql, Object... params) {
        return first(sql, rs -> Boolean.TRUE, params).isPresent();
    }

    public boolean exists(Sql sql) {
        return exists(sql.text(), sql.params());
    }

    /** Runs an insert, update or delete and answers how many rows it changed. */
    public int update(String sql, Object... params) {
        return run(sql, params, PreparedStatement::executeUpdate);
    }

    /**
     * Runs an update that a unique constraint may refuse; false when it did. Only for changes whose
     * refusal ends the transaction: on PostgreSQL a failed statement aborts it.
     */
    public boolean updateUnlessDuplicate(Sql sql) {
        try {
            update(sql.text(), sql.params());
            return true;
        } catch (StoreException e) {
            if (e.isUniqueViolation()) return false;
            throw e;
        }
    }

    /** Runs an {@code insert ... returning id} and answers the new row's id. */
    public long insert(String sql, Object... params) {
        return first(sql, rs -> rs.getLong("id"), params)
            .orElseThrow(() -> new IllegalStateException("insert returned no id"));
    }

    private interface Execution<T> {
        T apply(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Object[] params, Execution<T> execution) {
        PreparedStatement statement = null;
        boolean failed = true;
        try {
            statement = cache != null ? cache.get(connection, sql) : connection.prepareStatement(sql);
            for (int i = 0; i < params.length; i++) bind(statement, i + 1, params[i]);
            T result = execution.apply(statement);
            failed = false;
            if (observer != null) observer.ran(sql, Arrays.asList(params.clone()));
            return result;
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            release(statement, sql, failed);
        }
    }

    private void release(PreparedStatement statement, String sql, boolean failed) {
        if (statement == null) return;
        try {
            if (cache == null) statement.close();
            else if (failed) cache.evict(connection, sql);
            else statement.clearParameters();
        } catch (SQLException e) {
            if (cache != null) cache.evict(connection, sql);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case String s -> statement.setString(index, s);
            case Long l -> statement.setLong(index, l);
            case Integer i -> statement.setInt(index, i);
            case Boolean b -> statement.setBoolean(index, b);
            default -> throw new IllegalArgumentException("unsupported parameter type " + value.getClass());
        }
    }
}
