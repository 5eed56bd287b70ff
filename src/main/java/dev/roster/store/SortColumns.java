package dev.roster.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the sort fields of one list stand for in its store: for each field a query may sort by, the
 * SQL expression to order by (written in code, never from input) and a row's value there, which
 * cursors record. Queries name fields; only stores know columns.
 */
public final class SortColumns<T> {
    private record Column<T>(String sql, Function<T, Object> value) {}

    private final Map<String, Column<T>> byField;

    public SortColumns() { this(Map.of()); }

    private SortColumns(Map<String, Column<T>> byField) { this.byField = byField; }

    /** These columns and one more: {@code field} orders by {@code sql}, and a row's position there is {@code value}. */
    public SortColumns<T> and(String field, String sql, Function<T, Object> value) {
        Map<String, Column<T>> more = new HashMap<>(byField);
        more.put(field, new Column<>(sql, value));
        return new SortColumns<>(Map.copyOf(more));
    }

    String sql(SortKey key) { return column(key).sql(); }

    /** A row's values for {@code keys}, in their order: its position, for a cursor. */
    List<Object> position(T row, List<SortKey> keys) {
        return keys.stream().map(key -> column(key).value().apply(row)).toList();
    }

    private Column<T> column(SortKey key) {
        Column<T> column = byField.get(key.field());
        if (column == null) throw new IllegalStateException("the store has no column for sort field " + key.field());
        return column;
    }
}
