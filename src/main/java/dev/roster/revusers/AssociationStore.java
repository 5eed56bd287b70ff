package dev.roster.revusers;

import dev.roster.ids.IdKind;
import dev.roster.store.Page;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Sql;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** SQL for rev users' associations to accounts and rev orgs. The primary key makes adding idempotent. */
final class AssociationStore {
    private static final SortColumns<Association> SORT_COLUMNS = new SortColumns<Association>()
        .and("id", "a.target_id", a -> a.target().id())
        .and("type", "a.target_kind", a -> stored(a.target().kind()));

    void add(Tx tx, Stamp stamp, long userId, AssociationTarget target) {
        tx.update("insert into rev_user_association (org_id, rev_user_id, target_kind, target_id, created_date) "
            + "values (?, ?, ?, ?, ?) on conflict do nothing", stamp.orgId(), userId, stored(target.kind()), target.id(),
            stamp.at());
    }

    void remove(Tx tx, long orgId, long userId, AssociationTarget target) {
        tx.update("delete from rev_user_association where org_id = ? and rev_user_id = ? and target_kind = ? and target_id = ?",
            orgId, userId, stored(target.kind()), target.id());
    }

    /** Gives {@code to} every association of {@code from}. */
    void union(Tx tx, long orgId, long from, long to) {
        tx.update("""
            insert into rev_user_association (org_id, rev_user_id, target_kind, target_id, created_date)
            select org_id, ?, target_kind, target_id, created_date from rev_user_association
            where org_id = ? and rev_user_id = ?
            on conflict do nothing""", to, orgId, from);
    }

    /** Rev users lose their associations to these rev orgs. */
    void removeRevOrgs(Tx tx, long orgId, List<Long> revOrgIds) {
        Sql sql = new Sql().append("delete from rev_user_association where org_id = ? and target_kind = 'rev_org' "
            + "and target_id in ", orgId).appendList(revOrgIds);
        tx.update(sql.text(), sql.params());
    }

    /** Rev users associated with account {@code from} become associated with {@code to} instead. */
    void moveAccount(Tx tx, long orgId, long from, long to) {
        tx.update("""
            insert into rev_user_association (org_id, rev_user_id, target_kind, target_id, created_date)
            select org_id, rev_user_id, target_kind, ?, created_date from rev_user_association
            where org_id = ? and target_kind = 'account' and target_id = ?
            on conflict do nothing""", to, orgId, from);
        removeAccount(tx, orgId, from);
    }

    void removeAccount(Tx tx, long orgId, long accountId) {
        tx.update("delete from rev_user_association where org_id = ? and target_kind = 'account' and target_id = ?",
            orgId, accountId);
    }

    Page<Association> list(Tx tx, long orgId, AssociationQuery query) {
        Sql select = new Sql().append("""
            select a.target_kind, a.target_id, coalesce(acc.display_name, ro.display_name) as target_name
            from rev_user_association a
            left join account acc on a.target_kind = 'account' and acc.id = a.target_id
            left join rev_org ro on a.target_kind = 'rev_org' and ro.id = a.target_id
            where a.org_id = ? and a.rev_user_id = ?""", orgId, query.revUser());
        return Pager.fetch(tx, select, query.page(), SORT_COLUMNS, AssociationStore::map);
    }

    /** Narrows a select to rev users associated with any of {@code targets}; {@code idColumn} is the user's id. */
    static void appendFilter(Sql select, long orgId, String idColumn, List<AssociationTarget> targets) {
        select.append(" and " + idColumn + " in (select rev_user_id from rev_user_association where org_id = ? and (", orgId);
        if (targets.isEmpty()) select.append("1 = 0");
        for (int i = 0; i < targets.size(); i++) {
            select.append((i == 0 ? "" : " or ") + "(target_kind = ? and target_id = ?)", stored(targets.get(i).kind()),
                targets.get(i).id());
        }
        select.append("))");
    }

    /** The {@code target_kind} column's value for a kind of target. */
    private static String stored(IdKind kind) {
        return kind == IdKind.ACCOUNT ? "account" : "rev_org";
    }

    private static Association map(ResultSet rs) throws SQLException {
        IdKind kind = "account".equals(rs.getString("target_kind")) ? IdKind.ACCOUNT : IdKind.REV_ORG;
        return new Association(new AssociationTarget(kind, rs.getLong("target_id")), rs.getString("target_name"));
    }
}
