package dev.roster.snapshots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dev org's data at one instant: the rows of every table of {@link SnapshotTables}, each row its
 * values in the table's column order (Long, Integer, Boolean or String; null where empty). As JSON,
 * each table is {@code {"columns": [...], "rows": [[...], ...]}}, JSON texts (custom fields) as strings.
 */
record SnapshotState(Map<String, List<Object[]>> tables) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    List<Object[]> rows(SnapshotTable table) { return tables.getOrDefault(table.name(), List.of()); }

    /** How many objects with ids of their own (dev users, tags, accounts, rev orgs, rev users) it holds. */
    long objectCount() {
        return SnapshotTables.TABLES.stream().filter(SnapshotTable::hasId).mapToLong(t -> rows(t).size()).sum();
    }

    ObjectNode toJson() {
        ObjectNode json = NODES.objectNode();
        for (SnapshotTable table : SnapshotTables.TABLES) {
            ObjectNode entry = json.putObject(table.name());
            ArrayNode columns = entry.putArray("columns");
            table.columns().forEach(c -> columns.add(c.name()));
            ArrayNode rows = entry.putArray("rows");
            for (Object[] row : rows(table)) {
                ArrayNode values = rows.addArray();
                for (Object value : row) values.add(node(value));
            }
        }
        return json;
    }

    private static JsonNode node(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case Long l -> NODES.numberNode(l);
            case Integer i -> NODES.numberNode(i);
            case Boolean b -> NODES.booleanNode(b);
            case String s -> NODES.textNode(s);
            default -> throw new IllegalArgumentException("unexpected value " + value.getClass());
        };
    }

    /** Reads and checks the JSON of {@link #toJson}, or of a client's document; errors name {@code field}. */
    static SnapshotState fromJson(JsonNode json, String field) {
        return new SnapshotReader(field).read(json);
    }

    static Map<String, List<Object[]>> empty() {
        Map<String, List<Object[]>> tables = new LinkedHashMap<>();
        SnapshotTables.TABLES.forEach(t -> tables.put(t.name(), new ArrayList<>()));
        return tables;
    }
}
