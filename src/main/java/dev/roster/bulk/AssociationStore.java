package dev.roster.bulk;

import dev.roster.store.Tx;
import java.util.List;

/**
 * Every rev user association of a dev org, for an export, a page at a time in key order. The API
 * lists associations one rev user at a time, which for a large directory would be a query per
 * rev user; this reads them all with one indexed query per page (the table's primary key).
 */
final class AssociationStore {
    /** One association: the rev user's id and external ref, and the account or rev org with its name. */
    record Row(long revUserId, String externalRef, String targetKind, long targetId, String targetName) {}

    List<Row> after(Tx tx, long orgId, Row after, int limit) {
        return tx.list("""
            select a.rev_user_id, u.external_ref, a.target_kind, a.target_id,
                   coalesce(acc.display_name, ro.display_name) as target_name
            from rev_user_association a
            join rev_user u on u.id = a.rev_user_id
            left join account acc on a.target_kind = 'account' and acc.id = a.target_id
            left join rev_org ro on a.target_kind = 'rev_org' and ro.id = a.target_id
            where a.org_id = ? and (a.rev_user_id > ? or a.rev_user_id = ? and (a.target_kind > ?
                  or a.target_kind = ? and a.target_id > ?))
            order by a.rev_user_id, a.target_kind, a.target_id
            limit ?""",
            rs -> new Row(rs.getLong("rev_user_id"), rs.getString("external_ref"), rs.getString("target_kind"),
                rs.getLong("target_id"), rs.getString("target_name")),
            orgId, after.revUserId(), after.revUserId(), after.targetKind(), after.targetKind(), after.targetId(), limit);
    }

    /** Before every row. */
    static final Row START = new Row(0, null, "", 0, null);
}
