package dev.roster.snapshots;

import dev.roster.store.Engine;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SQL over a dev org's data as a whole: reads every row of {@link SnapshotTables} and writes a
 * state back in their place. Table and column names come only from {@link SnapshotTables}.
 */
final class OrgDataStore {
    /** The columns of {@code api_token}, which a restore keeps (SnapshotTablesTest checks them against the database). */
    static final List<String> TOKEN_COLUMNS = List.of("id", "dev_user_id", "token_hash", "scope", "created_date", "revoked_date",
        "requested_token_type", "token_hint", "expires_date", "rev_user_id");
    private static final int ROWS_PER_INSERT = 200;
    private static final int IDS_PER_QUERY = 500;
    /** The table whose rows a restore updates in place rather than deletes and inserts; see {@link #clear}. */
    private static final String IN_PLACE = "dev_user";

    /**
     * A token of the dev org, its {@link #TOKEN_COLUMNS} as read, kept through a restore when its dev
     * user (and the rev user it was issued for, if any) is there after it.
     */
    record TokenRow(long devUserId, Long revUserId, Object[] values) {}

    SnapshotState read(Tx tx, long orgId) {
        Map<String, List<Object[]>> tables = SnapshotState.empty();
        for (SnapshotTable table : SnapshotTables.TABLES) {
            tables.put(table.name(), tx.list("select " + String.join(", ", table.columnNames()) + " from " + table.name()
                + " where org_id = ? order by " + table.orderBy(), rs -> row(table, rs), orgId));
        }
        return new SnapshotState(tables);
    }

    private static Object[] row(SnapshotTable table, ResultSet rs) throws SQLException {
        Object[] row = new Object[table.columns().size()];
        for (int i = 0; i < row.length; i++) {
            Object value = switch (table.columns().get(i).type()) {
                case ID, REF, BIGINT -> rs.getLong(i + 1);
                case INTEGER -> rs.getInt(i + 1);
                case BOOLEAN -> rs.getBoolean(i + 1);
                case TEXT, ENUM, JSON_OBJECT, JSON_ARRAY -> rs.getString(i + 1);
            };
            row[i] = rs.wasNull() ? null : value;
        }
        return row;
    }

    boolean exists(Tx tx, long orgId) {
        return tx.exists("select 1 from dev_org where id = ?", orgId);
    }

    /**
     * Locks the dev org against writes until commit, as a purge does: on PostgreSQL a write into the
     * org under way commits first, and one that starts later waits for the restore (SQLite has one writer).
     */
    boolean lock(Tx tx, long orgId) {
        return tx.exists("select 1 from dev_org where id = ?" + (tx.engine() == Engine.POSTGRESQL ? " for update" : ""), orgId);
    }

    List<TokenRow> tokens(Tx tx, long orgId) {
        return tx.list("select " + String.join(", ", TOKEN_COLUMNS) + " from api_token where org_id = ?", rs -> {
            Object[] values = new Object[TOKEN_COLUMNS.size()];
            for (int i = 0; i < values.length; i++) values[i] = rs.getObject(i + 1);
            long revUser = rs.getLong("rev_user_id");
            Long revUserId = rs.wasNull() ? null : revUser;
            return new TokenRow(rs.getLong("dev_user_id"), revUserId, values);
        }, orgId);
    }

    /**
     * Deletes the org's tokens and every row of its data, children first, but its dev users, which
     * are detached instead (no references, placeholder email keys) to be updated in place: deleting a
     * dev user makes the database look for rows referring to it by columns without an index
     * (created_by, modified_by, reports_to, in every table and every dev org), a scan per dev user.
     */
    void clear(Tx tx, long orgId) {
        tx.update("delete from api_token where org_id = ?", orgId);
        List<SnapshotTable> childrenFirst = new ArrayList<>(SnapshotTables.TABLES);
        Collections.reverse(childrenFirst);
        for (SnapshotTable table : childrenFirst) {
            if (!table.name().equals(IN_PLACE)) tx.update("delete from " + table.name() + " where org_id = ?", orgId);
        }
        // A placeholder key has no '@', so it is no email's; unique per row, so updates never collide.
        tx.update("update dev_user set reports_to = null, created_by = null, modified_by = null, email_key = '#' || id"
            + " where org_id = ?", orgId);
    }

    void insertTokens(Tx tx, long orgId, List<TokenRow> tokens) {
        for (TokenRow t : tokens) {
            Object[] params = new Object[TOKEN_COLUMNS.size() + 1];
            params[0] = orgId;
            System.arraycopy(t.values(), 0, params, 1, TOKEN_COLUMNS.size());
            tx.update("insert into api_token (org_id, " + String.join(", ", TOKEN_COLUMNS) + ") values (?"
                + ", ?".repeat(TOKEN_COLUMNS.size()) + ")", params);
        }
    }

    /**
     * New ids for the state's objects whose ids another dev org holds (the org's own rows are
     * cleared first), by table. Each sequence is first moved past every id of the state, so that
     * neither these new ids nor the ids issued after the restore can meet a restored one.
     */
    Map<String, Map<Long, Long>> moves(Tx tx, long orgId, SnapshotState state) {
        Map<String, Map<Long, Long>> moves = new HashMap<>();
        for (SnapshotTable table : SnapshotTables.TABLES) {
            if (!table.hasId() || state.rows(table).isEmpty()) continue;
            List<Long> ids = state.rows(table).stream().map(row -> (Long) row[0]).toList();
            long highest = Collections.max(ids);
            List<Long> taken = taken(tx, orgId, table, ids);
            Map<Long, Long> moved = new HashMap<>();
            List<Long> fresh = allocate(tx, table, highest, taken.size());
            for (int i = 0; i < taken.size(); i++) moved.put(taken.get(i), fresh.get(i));
            moves.put(table.name(), moved);
        }
        return moves;
    }

    private static List<Long> taken(Tx tx, long orgId, SnapshotTable table, List<Long> ids) {
        List<Long> taken = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            Sql sql = new Sql().append("select id from " + table.name() + " where org_id <> ? and id in ", orgId)
                .appendList(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
            taken.addAll(tx.list(sql, rs -> rs.getLong("id")));
        }
        // In order, so that moved objects keep their order by id (lists break ties by id).
        Collections.sort(taken);
        return taken;
    }

    /**
     * {@code count} ids above {@code highest} and every id the table has issued. On SQLite, inserting
     * an explicit id moves the autoincrement counter past it; on PostgreSQL the sequence is moved here.
     */
    private static List<Long> allocate(Tx tx, SnapshotTable table, long highest, int count) {
        List<Long> ids = new ArrayList<>(count);
        if (tx.engine() == Engine.POSTGRESQL) {
            tx.exists("select setval(s.seq, ?) from (select pg_get_serial_sequence(?, 'id')::regclass as seq) s"
                + " where coalesce(pg_sequence_last_value(s.seq), 0) < ?", highest, table.name(), highest);
            if (count > 0) {
                ids.addAll(tx.list("select nextval(pg_get_serial_sequence(?, 'id')) as id from generate_series(1, ?)",
                    rs -> rs.getLong("id"), table.name(), count));
            }
            return ids;
        }
        if (count == 0) return ids;
        long issued = tx.first("select coalesce((select seq from sqlite_sequence where name = ?), 0) as seq",
            rs -> rs.getLong("seq"), table.name()).orElse(0L);
        long top = tx.first("select coalesce(max(id), 0) as top from " + table.name(), rs -> rs.getLong("top")).orElse(0L);
        long next = Math.max(Math.max(issued, top), highest) + 1;
        for (int i = 0; i < count; i++) ids.add(next + i);
        return ids;
    }

    /**
     * Inserts the state's rows into the dev org, parents first, many rows a statement. A table's
     * references to itself (a dev user's reports_to, created_by, modified_by) are set once all its
     * rows exist, since they may point at a later row or at the row itself.
     */
    void insert(Tx tx, long orgId, SnapshotState state) {
        for (SnapshotTable table : SnapshotTables.TABLES) {
            List<Integer> selfRefs = selfReferences(table);
            List<Object[]> rows = state.rows(table);
            if (table.name().equals(IN_PLACE)) rows = updateInPlace(tx, orgId, table, rows, selfRefs);
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                insertChunk(tx, orgId, table, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)), selfRefs);
            }
            if (!selfRefs.isEmpty()) linkSelfReferences(tx, table, state.rows(table), selfRefs);
        }
    }

    /**
     * Updates the rows that the org still has (detached by {@link #clear}), deletes those it has and
     * the state does not, and answers the rows left to insert.
     */
    private static List<Object[]> updateInPlace(Tx tx, long orgId, SnapshotTable table, List<Object[]> rows,
                                                List<Integer> selfRefs) {
        Set<Long> present = new HashSet<>(tx.list("select id from " + table.name() + " where org_id = ?",
            rs -> rs.getLong("id"), orgId));
        List<Object[]> missing = new ArrayList<>();
        String sets = String.join(", ", table.columnNames().subList(1, table.columns().size()).stream()
            .map(c -> c + " = ?").toList());
        for (Object[] row : rows) {
            if (!present.remove((Long) row[0])) {
                missing.add(row);
                continue;
            }
            Object[] params = new Object[row.length + 1];
            for (int i = 1; i < row.length; i++) params[i - 1] = selfRefs.contains(i) ? null : row[i];
            params[row.length - 1] = row[0];
            params[row.length] = orgId;
            tx.update("update " + table.name() + " set " + sets + " where id = ? and org_id = ?", params);
        }
        List<Long> gone = List.copyOf(present);
        for (int from = 0; from < gone.size(); from += IDS_PER_QUERY) {
            Sql delete = new Sql().append("delete from " + table.name() + " where org_id = ? and id in ", orgId)
                .appendList(gone.subList(from, Math.min(gone.size(), from + IDS_PER_QUERY)));
            tx.update(delete.text(), delete.params());
        }
        return missing;
    }

    private static void insertChunk(Tx tx, long orgId, SnapshotTable table, List<Object[]> rows, List<Integer> selfRefs) {
        int width = table.columns().size() + 1;
        String placeholders = "(" + "?, ".repeat(width - 1) + "?)";
        StringBuilder sql = new StringBuilder("insert into " + table.name() + " (org_id, "
            + String.join(", ", table.columnNames()) + ") values ");
        Object[] params = new Object[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "" : ", ").append(placeholders);
            params[r * width] = orgId;
            Object[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) params[r * width + 1 + i] = selfRefs.contains(i) ? null : row[i];
        }
        tx.update(sql.toString(), params);
    }

    private static void linkSelfReferences(Tx tx, SnapshotTable table, List<Object[]> rows, List<Integer> selfRefs) {
        String sets = String.join(", ", selfRefs.stream().map(i -> table.columns().get(i).name() + " = ?").toList());
        for (Object[] row : rows) {
            if (selfRefs.stream().allMatch(i -> row[i] == null)) continue;
            Object[] params = new Object[selfRefs.size() + 1];
            for (int i = 0; i < selfRefs.size(); i++) params[i] = row[selfRefs.get(i)];
            params[selfRefs.size()] = row[0];
            tx.update("update " + table.name() + " set " + sets + " where id = ?", params);
        }
    }

    private static List<Integer> selfReferences(SnapshotTable table) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.name().equals(table.columns().get(i).references())) positions.add(i);
        }
        return positions;
    }
}
