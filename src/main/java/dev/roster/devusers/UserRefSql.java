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
    /** The author of an object, joined as {@code c}. */
    public static final UserRefSql CREATED_BY = new UserRefSql("c");
    /** Its last modifier, joined as {@code m}. */
    public static final UserRefSql MODIFIED_BY = new UserRefSql("m");

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
}
