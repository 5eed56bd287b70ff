package dev.roster.snapshots;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which row a reference names, and new ids for a snapshot's objects: restored where their ids are
 * taken (by another dev org), every reference to them follows, so relations are kept.
 */
final class References {
    private References() {}

    /** The table that {@code column} of {@code row} refers to: fixed, or named by the row's kind column. */
    static String target(SnapshotTable table, Column column, Object[] row) {
        return column.references() != null ? column.references() : (String) row[table.index(column.kindColumn())];
    }

    /**
     * The state with ids replaced as {@code moved} says (by table: old id to new id). Ids and
     * references that {@code moved} does not name stay as they are.
     */
    static SnapshotState remap(SnapshotState state, Map<String, Map<Long, Long>> moved) {
        if (moved.values().stream().allMatch(Map::isEmpty)) return state;
        Map<String, List<Object[]>> tables = new HashMap<>();
        for (SnapshotTable table : SnapshotTables.TABLES) {
            tables.put(table.name(), state.rows(table).stream().map(row -> remap(table, row, moved)).toList());
        }
        return new SnapshotState(tables);
    }

    private static Object[] remap(SnapshotTable table, Object[] row, Map<String, Map<Long, Long>> moved) {
        Object[] copy = row.clone();
        for (int i = 0; i < copy.length; i++) {
            Column column = table.columns().get(i);
            if (copy[i] == null) continue;
            String target = switch (column.type()) {
                case ID -> table.name();
                case REF -> target(table, column, row);
                default -> null;
            };
            if (target != null) copy[i] = moved.getOrDefault(target, Map.of()).getOrDefault((Long) copy[i], (Long) copy[i]);
        }
        return copy;
    }
}
