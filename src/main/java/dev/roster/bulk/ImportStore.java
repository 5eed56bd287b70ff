package dev.roster.bulk;

import dev.roster.store.Engine;
import dev.roster.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of an import besides the operations': savepoints, the writer's cache, PostgreSQL's upkeep,
 * and the one write it makes below the operations, the dates and authors an object had in the file.
 */
final class ImportStore {
    /** Pages SQLite's writer keeps in memory for an import (64 MiB): a large import's indexes then stay cached. */
    private static final int SQLITE_CACHE_KIB = 64 * 1024;
    private static final Map<BulkKind, String> TABLES = Map.of(BulkKind.DEV_USER, "dev_user", BulkKind.TAG, "tag",
        BulkKind.ACCOUNT, "account", BulkKind.REV_ORG, "rev_org", BulkKind.REV_USER, "rev_user", BulkKind.GROUP, "user_group",
        BulkKind.WEBHOOK, "webhook");

    /** Gives this transaction's connection a larger page cache, on SQLite; it lasts as long as the connection. */
    void enlargeCache(Tx tx) {
        if (tx.engine() == Engine.SQLITE) tx.update("pragma cache_size = -" + SQLITE_CACHE_KIB);
    }

    /** VACUUM ANALYZE of each kind's table, on PostgreSQL; {@code tx} must be outside a transaction. */
    void vacuumAnalyze(Tx tx) {
        for (String table : TABLES.values()) tx.update("vacuum (analyze) " + table);
    }

    void savepoint(Tx tx, String name) {
        tx.update("savepoint " + name);
    }

    void release(Tx tx, String name) {
        tx.update("release savepoint " + name);
    }

    /** Undoes what was done since the savepoint, which stays, and ends it. */
    void rollbackTo(Tx tx, String name) {
        tx.update("rollback to savepoint " + name);
        release(tx, name);
    }

    /**
     * Sets an object's dates and authors ({@code columns}: created_date, modified_date, created_by,
     * modified_by, named only by {@link RowContext}) as its line gives them: every operation sets them
     * to now and to its caller. Only these columns, on an object the operations have just created or
     * updated (and so checked); table names come only from here.
     */
    void restore(Tx tx, BulkKind kind, long orgId, long id, Map<String, Long> columns) {
        List<Object> params = new ArrayList<>(columns.values());
        params.add(orgId);
        params.add(id);
        tx.update("update " + TABLES.get(kind) + " set " + String.join(" = ?, ", columns.keySet())
            + " = ? where org_id = ? and id = ?", params.toArray());
    }
}
