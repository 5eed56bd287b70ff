package dev.roster.snapshots;

import java.util.List;
import java.util.Optional;

/**
 * A table of a dev org's data as snapshots know it: its columns (all but {@code org_id}) and the
 * order its rows are read in, so that a snapshot of the same state is the same text.
 */
record SnapshotTable(String name, List<Column> columns, String orderBy) {
    boolean hasId() { return columns.getFirst().type() == Column.Type.ID; }

    Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    int index(String column) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).name().equals(column)) return i;
        throw new IllegalArgumentException(name + " has no column " + column);
    }

    List<String> columnNames() { return columns.stream().map(Column::name).toList(); }
}
