package dev.roster.devusers;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a query shows a dev user as a summary (created_by, owners) in the same query: join
 * {@code dev_user} under an alias, select {@link #columns}, read with {@link #read}. One join
 * instead of a lookup per row. The columns are labelled after the alias ({@code c_display_name}),
 * so that several summaries and the row's own columns can share one select.
 */
public final class UserRefSql {
    private final String columns;
    private final String id;
    private final String displayName;
    private final String email;
    private final String fullName;
    private final String state;

    /** {@code alias} is the joined {@code dev_user}'s alias; it comes from code, never from input. */
    public UserRefSql(String alias) {
        id = alias + "_id";
        displayName = alias + "_display_name";
        email = alias + "_email";
        fullName = alias + "_full_name";
        state = alias + "_state";
        columns = alias + ".id as " + id + ", " + alias + ".display_name as " + displayName + ", " + alias + ".email as "
            + email + ", " + alias + ".full_name as " + fullName + ", " + alias + ".state as " + state;
    }

    public String columns() { return columns; }

    /** The summary in this row; null when the joined user is absent. */
    public UserRef read(ResultSet rs, long orgId) throws SQLException {
        long userId = rs.getLong(id);
        if (rs.wasNull()) return null;
        return new UserRef(userId, orgId, rs.getString(displayName), rs.getString(email), rs.getString(fullName),
            rs.getString(state));
    }

    /** How many columns {@link #columns} selects. */
    @Deprecated
    public static final int WIDTH = 5;

    /** The labelled columns under {@code alias}; for the stores not yet on {@link #UserRefSql(String)}. */
    @Deprecated
    public static String columns(String alias) {
        return new UserRefSql(alias).columns();
    }

    /**
     * Reads the summary starting at {@code column}: for the stores that still read by position, until
     * they read by label through {@link #read(ResultSet, long)}.
     */
    @Deprecated
    public static UserRef read(ResultSet rs, int column, long orgId) throws SQLException {
        long userId = rs.getLong(column);
        if (rs.wasNull()) return null;
        return new UserRef(userId, orgId, rs.getString(column + 1), rs.getString(column + 2),
            rs.getString(column + 3), rs.getString(column + 4));
    }
}
