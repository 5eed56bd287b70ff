package dev.roster.store;

/**
 * One column of a list's order: the wire name a client sorts by, the SQL expression (from code,
 * never from input), the direction, and whether its cursor value is a number or text.
 */
public record SortKey(String field, String column, boolean descending, boolean numeric) {
    public SortKey reversed() { return new SortKey(field, column, !descending, numeric); }

    public String wire() { return field + (descending ? ":desc" : ":asc"); }
}
