package dev.roster.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Runs a keyset-paginated query: one query for the page (fetching one extra row to learn whether
 * more exist beyond it) and one indexed existence check for the other side.
 */
public final class Pager {
    private Pager() {}

    /**
     * @param select a {@code select ... from ... where <filters>} statement, to which the seek
     *     condition, the order and the limit are appended
     * @param columns what the fields of {@code request.keys()} stand for in this store
     */
    public static <T> Page<T> fetch(Tx tx, Sql select, PageRequest request, SortColumns<T> columns, RowMapper<T> mapper) {
        boolean forward = request.forward();
        List<SortKey> keys = request.keys();
        Optional<List<Object>> start = request.cursor().map(Cursor::position);

        Sql page = new Sql().appendSql(select);
        start.ifPresent(position -> page.append(" and ").appendSql(Keyset.seek(keys, columns, position, forward)));
        page.append(Keyset.orderBy(keys, columns, forward) + " limit ?", request.limit() + 1);
        List<T> rows = new ArrayList<>(tx.list(page, mapper));

        boolean more = rows.size() > request.limit();
        if (more) rows.removeLast();
        if (!forward) Collections.reverse(rows);

        Optional<List<Object>> first = rows.isEmpty() ? start : Optional.of(columns.position(rows.getFirst(), keys));
        Optional<List<Object>> last = rows.isEmpty() ? start : Optional.of(columns.position(rows.getLast(), keys));
        boolean hasNext = forward ? more
            : start.isPresent() && last.map(p -> exists(tx, select, keys, columns, p, true)).orElse(false);
        boolean hasPrev = !forward ? more
            : start.isPresent() && first.map(p -> exists(tx, select, keys, columns, p, false)).orElse(false);

        Optional<String> next = hasNext ? last.map(p -> new Cursor(request.fingerprint(), true, p).encode()) : Optional.empty();
        Optional<String> prev = hasPrev ? first.map(p -> new Cursor(request.fingerprint(), false, p).encode()) : Optional.empty();
        return new Page<>(List.copyOf(rows), next, prev);
    }

    private static boolean exists(Tx tx, Sql select, List<SortKey> keys, SortColumns<?> columns, List<Object> position,
                                  boolean forward) {
        Sql probe = new Sql().appendSql(select).append(" and ").appendSql(Keyset.seek(keys, columns, position, forward))
            .append(Keyset.orderBy(keys, columns, forward) + " limit 1");
        return tx.exists(probe);
    }
}
