package dev.roster.devusers;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How other features' queries show a dev user as a summary (created_by, owners) in the same
 * query: join {@code dev_user} under an alias, select {@link #columns}, read with {@link #read}.
 * One join instead of a lookup per row.
 */
public final class UserRefSql {
    /** How many columns {@link #columns} selects. */
    public static final int WIDTH = 5;

    private UserRefSql() {}

    public static String columns(String alias) {
        return alias + ".id, " + alias + ".display_name, " + alias + ".email, " + alias + ".full_name, " + alias + ".state";
    }

    /** Reads the summary starting at {@code column}; null when the joined user is absent. */
    public static UserRef read(ResultSet rs, int column, long orgId) throws SQLException {
        long id = rs.getLong(column);
        if (rs.wasNull()) return null;
        return new UserRef(id, orgId, rs.getString(column + 1), rs.getString(column + 2),
            rs.getString(column + 3), rs.getString(column + 4));
    }
}
