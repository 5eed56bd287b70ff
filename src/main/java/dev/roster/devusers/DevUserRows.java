package dev.roster.devusers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The dev-user SELECT with its three user references joined, and the mapper for its rows. */
final class DevUserRows {
    private DevUserRows() {}

    static final String SELECT = """
        select u.id, u.org_id, u.email, u.display_name, u.full_name, u.state, u.job_title, u.job_history,
               u.experience_start_date, u.custom_fields, u.created_date, u.modified_date,
               r.id, r.display_name, r.email, r.full_name, r.state,
               c.id, c.display_name, c.email, c.full_name, c.state,
               m.id, m.display_name, m.email, m.full_name, m.state
        from dev_user u
        left join dev_user r on r.id = u.reports_to
        left join dev_user c on c.id = u.created_by
        left join dev_user m on m.id = u.modified_by
        """;

    /** Maps a row without its identities, which a second, batched query fills in. */
    static DevUser map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong(2);
        long experience = rs.getLong(9);
        Long experienceStart = rs.wasNull() ? null : experience;
        return new DevUser(
            rs.getLong(1), orgId, rs.getString(3), rs.getString(4), rs.getString(5),
            UserState.ofWire(rs.getString(6)), rs.getString(7), rs.getString(8), experienceStart,
            ref(rs, 13, orgId), rs.getString(10), ref(rs, 18, orgId), ref(rs, 23, orgId),
            rs.getLong(11), rs.getLong(12), List.of());
    }

    private static UserRef ref(ResultSet rs, int column, long orgId) throws SQLException {
        long id = rs.getLong(column);
        if (rs.wasNull()) return null;
        return new UserRef(id, orgId, rs.getString(column + 1), rs.getString(column + 2),
            rs.getString(column + 3), rs.getString(column + 4));
    }
}
