package dev.roster.bulk;

import dev.roster.store.Tx;
import java.util.Map;

/**
 * The one write an import makes below the operations: the dates and authors an object had in the
 * file, which every operation sets to now and to its caller. Only these four columns, on an object
 * the operations have just created or updated (and so checked); table names come only from here.
 */
final class DateStore {
    private static final Map<BulkKind, String> TABLES = Map.of(BulkKind.DEV_USER, "dev_user", BulkKind.TAG, "tag",
        BulkKind.ACCOUNT, "account", BulkKind.REV_ORG, "rev_org", BulkKind.REV_USER, "rev_user", BulkKind.GROUP, "user_group");

    /** Sets those of the dates and authors that are not null. */
    void restore(Tx tx, BulkKind kind, long orgId, long id, Long created, Long modified, Long createdBy, Long modifiedBy) {
        tx.update("update " + TABLES.get(kind) + " set created_date = coalesce(?, created_date),"
            + " modified_date = coalesce(?, modified_date), created_by = coalesce(?, created_by),"
            + " modified_by = coalesce(?, modified_by) where org_id = ? and id = ?",
            created, modified, createdBy, modifiedBy, orgId, id);
    }
}
