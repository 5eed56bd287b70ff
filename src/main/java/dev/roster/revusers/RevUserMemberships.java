package dev.roster.revusers;

import dev.roster.revorgs.RevOrgMembers;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.util.List;

/** What rev users undergo when their rev orgs or accounts are deleted or merged. */
public final class RevUserMemberships implements RevOrgMembers {
    @Override
    public void detachRevOrgs(Tx tx, long orgId, List<Long> revOrgIds) {
        tx.update(new Sql().append("update rev_user set rev_org_id = null where org_id = ? and rev_org_id in ", orgId)
            .appendList(revOrgIds).text(), concat(orgId, revOrgIds));
        tx.update(new Sql().append("delete from rev_user_association where org_id = ? and target_kind = 'rev_org' "
            + "and target_id in ", orgId).appendList(revOrgIds).text(), concat(orgId, revOrgIds));
    }

    @Override
    public void moveAccountAssociations(Tx tx, long orgId, long from, long to) {
        tx.update("""
            insert into rev_user_association (org_id, rev_user_id, target_kind, target_id, created_date)
            select org_id, rev_user_id, target_kind, ?, created_date from rev_user_association
            where org_id = ? and target_kind = 'account' and target_id = ?
            on conflict do nothing""", to, orgId, from);
        removeAccountAssociations(tx, orgId, from);
    }

    @Override
    public void removeAccountAssociations(Tx tx, long orgId, long accountId) {
        tx.update("delete from rev_user_association where org_id = ? and target_kind = 'account' and target_id = ?",
            orgId, accountId);
    }

    private static Object[] concat(long orgId, List<Long> ids) {
        Object[] params = new Object[ids.size() + 1];
        params[0] = orgId;
        for (int i = 0; i < ids.size(); i++) params[i + 1] = ids.get(i);
        return params;
    }
}
