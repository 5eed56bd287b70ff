package dev.roster.store;

import java.util.List;

/**
 * Keyset pagination: the conditions that select rows strictly after (or before) a position in an
 * order, and the ORDER BY for walking it either way. No OFFSET, so pages stay stable while rows
 * are inserted or deleted.
 */
final class Keyset {
    private Keyset() {}

    /** Rows strictly beyond {@code values} in the order {@code keys}, walking {@code forward} or backward. */
    public static Sql seek(List<SortKey> keys, List<Object> values, boolean forward) {
        if (keys.stream().allMatch(k -> k.descending() == keys.getFirst().descending())) {
            return rowComparison(keys, values, forward);
        }
        Sql sql = new Sql().append("(");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "(" : " or (");
            for (int j = 0; j < i; j++) sql.append(keys.get(j).column() + " = ? and ", values.get(j));
            sql.append(keys.get(i).column() + operator(keys.get(i), forward) + "?)", values.get(i));
        }
        return sql.append(")");
    }

    // A row-value comparison lets both engines walk the composite index directly.
    private static Sql rowComparison(List<SortKey> keys, List<Object> values, boolean forward) {
        Sql sql = new Sql().append("(");
        for (int i = 0; i < keys.size(); i++) sql.append(i == 0 ? keys.get(i).column() : ", " + keys.get(i).column());
        sql.append(")" + operator(keys.getFirst(), forward) + "(");
        for (int i = 0; i < values.size(); i++) sql.append(i == 0 ? "?" : ", ?", values.get(i));
        return sql.append(")");
    }

    private static String operator(SortKey key, boolean forward) {
        return key.descending() == forward ? " < " : " > ";
    }

    public static String orderBy(List<SortKey> keys, boolean forward) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (int i = 0; i < keys.size(); i++) {
            SortKey key = keys.get(i);
            if (i > 0) sql.append(", ");
            sql.append(key.column()).append(key.descending() == forward ? " desc" : " asc");
        }
        return sql.toString();
    }
}
