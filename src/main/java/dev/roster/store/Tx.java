package dev.roster.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One database transaction. Every store method takes it, so a service decides what one unit of
 * work is. All values are bound parameters; SQL text comes only from code.
 */
public final class Tx {
    private final Connection connection;
    private final Engine engine;

    Tx(Connection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
    }

    public Engine engine() { return engine; }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) rows.add(mapper.map(rs));
            return rows;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public <T> List<T> list(Sql sql, RowMapper<T> mapper) {
        return list(sql.text(), mapper, sql.params());
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public boolean exists(String sql, Object... params) {
        return first(sql, rs -> Boolean.TRUE, params).isPresent();
    }

    public boolean exists(Sql sql) {
        return exists(sql.text(), sql.params());
    }

    /** Runs an insert, update or delete and answers how many rows it changed. */
    public int update(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
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
        return first(sql, rs -> rs.getLong(1), params)
            .orElseThrow(() -> new IllegalStateException("insert returned no id"));
    }

    private PreparedStatement prepare(String sql, Object[] params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) bind(statement, i + 1, params[i]);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
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
