package dev.roster.devusers;

import dev.roster.store.Engine;
import dev.roster.store.JsonRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The dev-user SELECT, one row per user: its three user references joined and its identities
 * packed into an {@code identities} column, so a user or a page of users is one query.
 */
final class DevUserRows {
    private DevUserRows() {}

    private static final UserRefSql REPORTS_TO = new UserRefSql("r");
    private static final String COLUMNS = """
        select u.id, u.org_id, u.email, u.display_name, u.full_name, u.state, u.job_title, u.job_history,
               u.experience_start_date, u.custom_fields, u.created_date, u.modified_date,
               %s, %s, %s,
               %s as identities
        from dev_user u
        left join dev_user r on r.id = u.reports_to
        left join dev_user c on c.id = u.created_by
        left join dev_user m on m.id = u.modified_by
        """;
    private static final String SQLITE = build(Engine.SQLITE);
    private static final String POSTGRESQL = build(Engine.POSTGRESQL);

    private static String build(Engine engine) {
        return COLUMNS.formatted(REPORTS_TO.columns(), UserRefSql.CREATED_BY.columns(), UserRefSql.MODIFIED_BY.columns(),
            engine.jsonArrayAgg("i.issuer, i.external_id, i.display_name, i.is_verified",
                "from dev_user_identity i where i.dev_user_id = u.id", "i.created_date, i.issuer"));
    }

    /** The select for an engine, to which a {@code where} clause is appended. */
    static String select(Engine engine) {
        return engine == Engine.SQLITE ? SQLITE : POSTGRESQL;
    }

    static DevUser map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong("org_id");
        long experience = rs.getLong("experience_start_date");
        Long experienceStart = rs.wasNull() ? null : experience;
        return new DevUser(
            rs.getLong("id"), orgId, rs.getString("email"), rs.getString("display_name"), rs.getString("full_name"),
            UserState.ofWire(rs.getString("state")), rs.getString("job_title"), rs.getString("job_history"), experienceStart,
            REPORTS_TO.read(rs, orgId), rs.getString("custom_fields"), UserRefSql.CREATED_BY.read(rs, orgId), UserRefSql.MODIFIED_BY.read(rs, orgId),
            rs.getLong("created_date"), rs.getLong("modified_date"), identities(rs.getString("identities")));
    }

    private static List<ExternalIdentity> identities(String json) {
        return JsonRows.read(json, row -> new ExternalIdentity(JsonRows.text(row, 0), JsonRows.text(row, 1),
            JsonRows.text(row, 2), JsonRows.bool(row, 3)));
    }
}
