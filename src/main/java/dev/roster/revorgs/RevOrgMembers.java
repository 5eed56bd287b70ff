package dev.roster.revorgs;

import dev.roster.store.Tx;
import java.util.List;

/**
 * What happens to rev users when rev orgs or accounts go away or merge. Implemented by the rev-user
 * feature; declared here so that rev orgs and accounts need not depend on it.
 */
public interface RevOrgMembers {
    /** The rev users of these rev orgs are kept, unlinked, and lose their associations to them. */
    void detachRevOrgs(Tx tx, long orgId, List<Long> revOrgIds);

    /** Rev users associated with account {@code from} become associated with {@code to} instead. */
    void moveAccountAssociations(Tx tx, long orgId, long from, long to);

    /** Rev users lose their associations to the account. */
    void removeAccountAssociations(Tx tx, long orgId, long accountId);
}
