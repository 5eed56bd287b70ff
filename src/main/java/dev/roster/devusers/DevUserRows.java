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
               %s, %s, %s
        from dev_user u
        left join dev_user r on r.id = u.reports_to
        left join dev_user c on c.id = u.created_by
        left join dev_user m on m.id = u.modified_by
        """.formatted(UserRefSql.columns("r"), UserRefSql.columns("c"), UserRefSql.columns("m"));

    /** Maps a row without its identities, which a second, batched query fills in. */
    static DevUser map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong(2);
        long experience = rs.getLong(9);
        Long experienceStart = rs.wasNull() ? null : experience;
        return new DevUser(
            rs.getLong(1), orgId, rs.getString(3), rs.getString(4), rs.getString(5),
            UserState.ofWire(rs.getString(6)), rs.getString(7), rs.getString(8), experienceStart,
            UserRefSql.read(rs, 13, orgId), rs.getString(10), UserRefSql.read(rs, 18, orgId), UserRefSql.read(rs, 23, orgId),
            rs.getLong(11), rs.getLong(12), List.of());
    }
}
