package dev.roster.groups;

import dev.roster.store.Tx;

/**
 * What group memberships undergo when users are deleted or merged, in the deleting or merging
 * transaction: a deleted or erased rev user leaves every group, a merged user's memberships pass to
 * the survivor once. A deactivated dev user stays a member, as in DevRev.
 */
public final class GroupMembershipService {
    private final GroupMemberStore members = new GroupMemberStore();
    private final GroupStore groups = new GroupStore();

    public void removeRevUser(Tx tx, long orgId, long revUserId) {
        members.removeAll(tx, orgId, MemberType.REV_USER, revUserId);
    }

    public void moveRevUser(Tx tx, long orgId, long from, long to) {
        members.move(tx, orgId, MemberType.REV_USER, from, to);
    }

    /** The survivor also takes over the groups the merged dev user owned. */
    public void moveDevUser(Tx tx, long orgId, long from, long to) {
        members.move(tx, orgId, MemberType.DEV_USER, from, to);
        groups.moveOwner(tx, orgId, from, to);
    }
}
