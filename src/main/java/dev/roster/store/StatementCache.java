package dev.roster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Prepared statements kept per physical SQLite connection, which the driver otherwise compiles
 * anew on every use. PostgreSQL's driver caches server-side itself. Each connection keeps its
 * most recently used statements; they die with it when the pool retires the connection.
 */
final class StatementCache {
    private static final int PER_CONNECTION = 256;

    private final Map<Connection, Map<String, PreparedStatement>> byConnection =
        Collections.synchronizedMap(new WeakHashMap<>());

    /** A statement for {@code sql} on the physical connection behind {@code pooled}. */
    PreparedStatement get(Connection pooled, String sql) throws SQLException {
        Connection physical = pooled.unwrap(org.sqlite.SQLiteConnection.class);
        Map<String, PreparedStatement> statements = byConnection.computeIfAbsent(physical, c -> lru());
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Drops a statement after a failure, so the next use starts from a fresh one. */
    void evict(Connection pooled, String sql) {
        try {
            Map<String, PreparedStatement> statements = byConnection.get(pooled.unwrap(org.sqlite.SQLiteConnection.class));
            PreparedStatement statement = statements == null ? null : statements.remove(sql);
            if (statement != null) statement.close();
        } catch (SQLException ignored) {
            // the connection is broken; the pool will retire it
        }
    }

    private static Map<String, PreparedStatement> lru() {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) return false;
                try {
                    eldest.getValue().close();
                } catch (SQLException ignored) {
                    // closing a statement of a live connection does not fail in practice
                }
                return true;
            }
        };
    }
}
