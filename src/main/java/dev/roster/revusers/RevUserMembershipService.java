package dev.roster.revusers;

import dev.roster.revorgs.RevOrgMembers;
import dev.roster.store.Tx;
import java.util.List;

/** What rev users undergo when their rev orgs or accounts are deleted or merged, in the deleting or merging transaction. */
public final class RevUserMembershipService implements RevOrgMembers {
    private final RevUserStore users = new RevUserStore();
    private final AssociationStore associations = new AssociationStore();

    @Override
    public void detachRevOrgs(Tx tx, long orgId, List<Long> revOrgIds) {
        users.unlinkAll(tx, orgId, revOrgIds);
        associations.removeRevOrgs(tx, orgId, revOrgIds);
    }

    @Override
    public void moveAccountAssociations(Tx tx, long orgId, long from, long to) {
        associations.moveAccount(tx, orgId, from, to);
    }

    @Override
    public void removeAccountAssociations(Tx tx, long orgId, long accountId) {
        associations.removeAccount(tx, orgId, accountId);
    }
}
