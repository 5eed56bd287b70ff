package dev.roster.snapshots;

import java.util.List;

/**
 * One column of a snapshotted table, as a snapshot keeps it: its name, what its values are, whether
 * it may be null, and which table it refers to. {@code references} is a table name; for a column
 * whose table depends on the row ({@code object_tag.object_id}), it is null and {@code kindColumn}
 * names the column holding the referenced table's name.
 */
record Column(String name, Type type, boolean required, String references, String kindColumn, List<String> allowed) {
    /** What a column holds, and so how it is read, checked and bound. */
    enum Type {
        /** The row's own id, which other rows refer to. */
        ID,
        /** The id of a row of {@code references} (or of the table {@code kindColumn} names). */
        REF,
        INTEGER,
        BIGINT,
        BOOLEAN,
        TEXT,
        /** Text that must be one of {@code allowed}. */
        ENUM,
        /** Text holding a JSON object (custom fields). */
        JSON_OBJECT,
        /** Text holding a JSON array. */
        JSON_ARRAY
    }

    static Column id() { return new Column("id", Type.ID, true, null, null, List.of()); }

    static Column of(String name, Type type) { return new Column(name, type, true, null, null, List.of()); }

    static Column ref(String name, String table) { return new Column(name, Type.REF, true, table, null, List.of()); }

    static Column refByKind(String name, String kindColumn) {
        return new Column(name, Type.REF, true, null, kindColumn, List.of());
    }

    static Column oneOf(String name, String... allowed) {
        return new Column(name, Type.ENUM, true, null, null, List.of(allowed));
    }

    /** The same column, nullable. */
    Column optional() { return new Column(name, type, false, references, kindColumn, allowed); }

    boolean isRef() { return type == Type.REF; }
}
