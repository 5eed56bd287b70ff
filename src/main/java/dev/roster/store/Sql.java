package dev.roster.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A statement assembled from fragments written in code, with every value a bound parameter. Used
 * where filters and sorting make the SQL dynamic.
 */
public final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql append(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(java.util.Arrays.asList(values));
        return this;
    }

    /** Appends {@code (?, ?, ...)} with one parameter per value; an empty list matches nothing. */
    public Sql appendList(Collection<?> values) {
        if (values.isEmpty()) {
            text.append("(null)");
            return this;
        }
        text.append('(');
        int i = 0;
        for (Object value : values) {
            text.append(i++ == 0 ? "?" : ", ?");
            params.add(value);
        }
        text.append(')');
        return this;
    }

    public Sql appendSql(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public String text() { return text.toString(); }

    public Object[] params() { return params.toArray(); }
}
