package dev.roster.revusers;

import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.revorgs.OrgSummaryJson;
import dev.roster.store.Page;
import dev.roster.store.PageRequest;
import dev.roster.store.Pager;
import dev.roster.store.Sql;
import dev.roster.store.SortKey;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.util.List;
import java.util.Map;

/** SQL for rev users' associations to accounts and rev orgs. The primary key makes adding idempotent. */
final class AssociationStore {
    static final SortKey TIEBREAK = new SortKey("id", "a.target_id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of("type", new SortKey("type", "a.target_kind", false, false));

    /** One association, with the target's name for its summary. */
    record Association(String kind, long targetId, String targetName) {}

    static PageRequest page(RequestBody body, long userId) {
        return ListParams.parse(body, SORTABLE, List.of("type:asc"), TIEBREAK, "associations of " + userId);
    }

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

    Page<Association> list(Tx tx, long orgId, long userId, PageRequest page) {
        Sql select = new Sql().append("""
            select a.target_kind, a.target_id, coalesce(acc.display_name, ro.display_name)
            from rev_user_association a
            left join account acc on a.target_kind = 'account' and acc.id = a.target_id
            left join rev_org ro on a.target_kind = 'rev_org' and ro.id = a.target_id
            where a.org_id = ? and a.rev_user_id = ?""", orgId, userId);
        return Pager.fetch(tx, select, page, rs -> new Association(rs.getString(1), rs.getLong(2), rs.getString(3)),
            a -> List.of(a.kind(), a.targetId()));
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

    /** The contract's rev-user-association. */
    record AssociationJson(OrgSummaryJson associatedTo) {
        static AssociationJson from(long orgId, Association a) {
            return new AssociationJson("account".equals(a.kind())
                ? OrgSummaryJson.account(orgId, a.targetId(), a.targetName())
                : OrgSummaryJson.revOrg(orgId, a.targetId(), a.targetName()));
        }
    }
}
