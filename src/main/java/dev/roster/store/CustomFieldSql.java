package dev.roster.store;

import java.util.Map;

/** SQL for a {@code custom_fields} filter: each given key of an object's JSON-text column holds the given JSON value. */
public final class CustomFieldSql {
    private CustomFieldSql() {}

    /** Appends one condition per key of {@code jsonByKey} (key to JSON value) on the JSON-text {@code column}. */
    public static void appendFilter(Sql select, Engine engine, String column, Map<String, String> jsonByKey) {
        jsonByKey.forEach((key, json) -> select.append(" and " + engine.jsonKeyEquals(column), engine.jsonKeyArgument(key), json));
    }
}
