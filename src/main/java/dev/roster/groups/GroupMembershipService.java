package dev.roster.groups;

import dev.roster.events.DirectoryEvents;
import dev.roster.ids.IdKind;
import dev.roster.store.Tx;
import java.util.List;

/**
 * What group memberships undergo when users are deleted or merged, in the deleting or merging
 * transaction: a deleted or erased rev user leaves every group, a merged user's memberships pass to
 * the survivor once. A deactivated dev user stays a member, as in DevRev.
 *
 * <p>Events: a user deleted or erased leaves its groups silently (its own deletion event says so);
 * a survivor's new memberships are {@code group_member_added}, a merged dev user (which remains, in
 * state deleted) has {@code group_member_removed} for each group it leaves, and each group whose
 * owner passes to the survivor {@code group_updated}.
 */
public final class GroupMembershipService {
    private final GroupMemberStore members = new GroupMemberStore();
    private final GroupStore groups = new GroupStore();
    private final DirectoryEvents events;

    public GroupMembershipService(DirectoryEvents events) {
        this.events = events;
    }

    public void removeRevUser(Tx tx, long orgId, long revUserId) {
        members.removeAll(tx, orgId, MemberType.REV_USER, revUserId);
    }

    public void moveRevUser(Tx tx, long orgId, long from, long to) {
        List<Long> joining = joining(tx, orgId, MemberType.REV_USER, from, to);
        members.move(tx, orgId, MemberType.REV_USER, from, to);
        joining.forEach(group -> joined(tx, orgId, group, to));
    }

    /** The survivor also takes over the groups the merged dev user owned. */
    public void moveDevUser(Tx tx, long orgId, long from, long to) {
        List<Long> joining = joining(tx, orgId, MemberType.DEV_USER, from, to);
        List<Member> leaving = members.membershipsOf(tx, orgId, MemberType.DEV_USER, from);
        List<Group> owned = groups.ownedBy(tx, orgId, from);
        members.move(tx, orgId, MemberType.DEV_USER, from, to);
        groups.moveOwner(tx, orgId, from, to);
        for (Member left : leaving) {
            events.memberRemoved(tx, orgId, left.groupId(), GroupSummaryJson.from(group(tx, orgId, left.groupId())),
                MemberJson.from(left).member());
        }
        joining.forEach(group -> joined(tx, orgId, group, to));
        for (Group old : owned) {
            events.updated(tx, orgId, IdKind.GROUP, old.id(), GroupJson.from(old), GroupJson.from(group(tx, orgId, old.id())));
        }
    }

    /** The groups {@code from} is in and {@code to} is not: those {@code to} joins by the merge. */
    private List<Long> joining(Tx tx, long orgId, MemberType type, long from, long to) {
        List<Long> already = members.membershipsOf(tx, orgId, type, to).stream().map(Member::groupId).toList();
        return members.membershipsOf(tx, orgId, type, from).stream().map(Member::groupId)
            .filter(group -> !already.contains(group)).toList();
    }

    private void joined(Tx tx, long orgId, long groupId, long memberId) {
        Member member = members.find(tx, orgId, groupId, memberId).orElseThrow();
        events.memberAdded(tx, orgId, groupId, GroupSummaryJson.from(group(tx, orgId, groupId)), MemberJson.from(member).member());
    }

    private Group group(Tx tx, long orgId, long id) {
        return groups.find(tx, orgId, id).orElseThrow();
    }
}
