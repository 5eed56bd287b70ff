package dev.roster.store;

import java.util.List;

/**
 * Keyset pagination: the conditions that select rows strictly after (or before) a position in an
 * order, and the ORDER BY for walking it either way. No OFFSET, so pages stay stable while rows
 * are inserted or deleted.
 */
final class Keyset {
    private Keyset() {}

    /**
     * Rows strictly beyond {@code values} in the order {@code keys}, walking {@code forward} or
     * backward; {@code columns} maps the keys' fields to SQL.
     */
    public static Sql seek(List<SortKey> keys, SortColumns<?> columns, List<Object> values, boolean forward) {
        if (keys.stream().allMatch(k -> k.descending() == keys.getFirst().descending())) {
            return rowComparison(keys, columns, values, forward);
        }
        Sql sql = new Sql().append("(");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "(" : " or (");
            for (int j = 0; j < i; j++) sql.append(columns.sql(keys.get(j)) + " = ? and ", values.get(j));
            sql.append(columns.sql(keys.get(i)) + operator(keys.get(i), forward) + "?)", values.get(i));
        }
        return sql.append(")");
    }

    // A row-value comparison lets both engines walk the composite index directly.
    private static Sql rowComparison(List<SortKey> keys, SortColumns<?> columns, List<Object> values, boolean forward) {
        Sql sql = new Sql().append("(");
        for (int i = 0; i < keys.size(); i++) sql.append(i == 0 ? columns.sql(keys.get(i)) : ", " + columns.sql(keys.get(i)));
        sql.append(")" + operator(keys.getFirst(), forward) + "(");
        for (int i = 0; i < values.size(); i++) sql.append(i == 0 ? "?" : ", ?", values.get(i));
        return sql.append(")");
    }

    private static String operator(SortKey key, boolean forward) {
        return key.descending() == forward ? " < " : " > ";
    }

    public static String orderBy(List<SortKey> keys, SortColumns<?> columns, boolean forward) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            if (i > 0) sql.append(", ");
            sql.append(columns.sql(key)).append(key.descending() == forward ? " desc" : " asc");
        }
        return sql.toString();
    }
}
