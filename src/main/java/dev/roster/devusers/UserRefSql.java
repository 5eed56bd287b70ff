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

    /** The summary's columns of the user joined as {@code alias}, labelled {@code alias_id}, {@code alias_email}... */
    public static String columns(String alias) {
        return alias + ".id as " + alias + "_id, " + alias + ".display_name as " + alias + "_display_name, "
            + alias + ".email as " + alias + "_email, " + alias + ".full_name as " + alias + "_full_name, "
            + alias + ".state as " + alias + "_state";
    }

    /** Reads the summary of the user joined as {@code alias}; null when the joined user is absent. */
    public static UserRef read(ResultSet rs, String alias, long orgId) throws SQLException {
        long id = rs.getLong(alias + "_id");
        if (rs.wasNull()) return null;
        return new UserRef(id, orgId, rs.getString(alias + "_display_name"), rs.getString(alias + "_email"),
            rs.getString(alias + "_full_name"), rs.getString(alias + "_state"));
    }

    /** Reads the summary starting at {@code column}; null when the joined user is absent. */
    public static UserRef read(ResultSet rs, int column, long orgId) throws SQLException {
        long id = rs.getLong(column);
        if (rs.wasNull()) return null;
        return new UserRef(id, orgId, rs.getString(column + 1), rs.getString(column + 2),
            rs.getString(column + 3), rs.getString(column + 4));
    }
}
