package dev.roster.store;

/**
 * One field of a list's order, as queries name it: the wire name a client sorts by, the direction,
 * and whether its cursor value is a number or text. The store maps the field to SQL ({@link SortColumns}).
 */
public record SortKey(String field, boolean descending, boolean numeric) {
    public SortKey reversed() { return new SortKey(field, !descending, numeric); }

    public String wire() { return field + (descending ? ":desc" : ":asc"); }
}
