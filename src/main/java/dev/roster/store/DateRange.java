package dev.roster.store;

/** An inclusive range of epoch-millisecond instants; either end may be open (null). */
public record DateRange(Long from, Long to) {
    /** Appends the range's conditions on {@code column} to {@code sql}. */
    public void appendTo(Sql sql, String column) {
        if (from != null) sql.append(" and " + column + " >= ?", from);
        if (to != null) sql.append(" and " + column + " <= ?", to);
    }
}
