package dev.roster.snapshots;

import dev.roster.store.Page;
import dev.roster.store.PageRequest;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** SQL for the snapshot table: a dev org's named snapshots. Their states are JSON text. */
final class SnapshotStore {
    private static final String SELECT = "select id, name, created_date, object_count from snapshot";
    private static final SortColumns<Snapshot> SORT_COLUMNS = new SortColumns<Snapshot>()
        .and("id", "id", Snapshot::id)
        .and("created_date", "created_date", Snapshot::createdDate);

    /** Stores a snapshot; empty when the dev org has one of that name (the unique constraint says so). */
    Optional<Snapshot> insert(Tx tx, long orgId, String name, long now, SnapshotState state) {
        long count = state.objectCount();
        return tx.first("""
            insert into snapshot (org_id, name, created_date, object_count, state) values (?, ?, ?, ?, ?)
            on conflict do nothing
            returning id""", rs -> new Snapshot(rs.getLong("id"), name, now, count),
            orgId, name, now, count, state.toJson().toString());
    }

    Optional<Snapshot> find(Tx tx, long orgId, String name) {
        return tx.first(SELECT + " where org_id = ? and name = ?", SnapshotStore::map, orgId, name);
    }

    /** The snapshot's state as stored, JSON text. */
    Optional<String> state(Tx tx, long orgId, String name) {
        return tx.first("select state from snapshot where org_id = ? and name = ?", rs -> rs.getString("state"), orgId, name);
    }

    Page<Snapshot> list(Tx tx, long orgId, PageRequest page) {
        return Pager.fetch(tx, new Sql().append(SELECT + " where org_id = ?", orgId), page, SORT_COLUMNS, SnapshotStore::map);
    }

    boolean delete(Tx tx, long orgId, String name) {
        return tx.update("delete from snapshot where org_id = ? and name = ?", orgId, name) == 1;
    }

    private static Snapshot map(ResultSet rs) throws SQLException {
        return new Snapshot(rs.getLong("id"), rs.getString("name"), rs.getLong("created_date"), rs.getLong("object_count"));
    }
}
