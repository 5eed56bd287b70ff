package dev.roster.snapshots;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.http.FreeForm;
import dev.roster.http.Json;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a snapshot's tables from JSON and checks them as a client's input: known tables and
 * columns only, every required column, each value of its column's type, ids unique, and every
 * reference to a row the snapshot itself holds. Errors are 400s naming the table, row and column.
 */
final class SnapshotReader {
    private static final int MAX_TEXT = 64 * 1024;

    private final String field;

    SnapshotReader(String field) { this.field = field; }

    SnapshotState read(JsonNode json) {
        if (!(json instanceof ObjectNode tables)) throw invalid(field, "must be an object of tables by name");
        Map<String, List<Object[]>> read = SnapshotState.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            SnapshotTable table = SnapshotTables.table(entry.getKey()).orElseThrow(() -> invalid(field,
                "unknown table '" + cut(entry.getKey()) + "'; the tables are " + String.join(", ",
                    SnapshotTables.TABLES.stream().map(SnapshotTable::name).toList())));
            read.get(table.name()).addAll(rows(table, entry.getValue(), field + "." + table.name()));
        }
        checkReferences(read);
        return new SnapshotState(read);
    }

    private List<Object[]> rows(SnapshotTable table, JsonNode json, String at) {
        if (!json.isObject()) throw invalid(at, "must be an object with 'columns' and 'rows'");
        int[] positions = positions(table, json.path("columns"), at + ".columns");
        JsonNode rows = json.path("rows");
        if (!rows.isArray()) throw invalid(at + ".rows", "must be an array of rows");
        List<Object[]> read = new java.util.ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            JsonNode row = rows.get(r);
            String rowAt = at + ".rows[" + r + "]";
            if (!row.isArray() || row.size() != positions.length) {
                throw invalid(rowAt, "must be an array of " + positions.length + " values, one per column");
            }
            Object[] values = new Object[table.columns().size()];
            for (int i = 0; i < positions.length; i++) {
                Column column = table.columns().get(positions[i]);
                values[positions[i]] = value(column, row.get(i), rowAt + "." + column.name());
            }
            for (int i = 0; i < values.length; i++) {
                Column column = table.columns().get(i);
                if (values[i] == null && column.required()) throw invalid(rowAt + "." + column.name(), "must not be null");
            }
            read.add(values);
        }
        return read;
    }

    /** For each column of the document, its position among the table's columns. */
    private int[] positions(SnapshotTable table, JsonNode columns, String at) {
        if (!columns.isArray()) throw invalid(at, "must be an array of column names");
        int[] positions = new int[columns.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i).isTextual() ? columns.get(i).textValue() : null;
            if (name == null) throw invalid(at, "must be an array of column names");
            Column column = table.column(name).orElseThrow(() -> invalid(at, "unknown column '" + cut(name)
                + "' of table " + table.name() + "; its columns are " + String.join(", ", table.columnNames())));
            if (!seen.add(name)) throw invalid(at, "column '" + name + "' is listed twice");
            positions[i] = table.index(name);
        }
        for (Column column : table.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                throw invalid(at, "column '" + column.name() + "' of table " + table.name() + " is required");
            }
        }
        return positions;
    }

    private static Object value(Column column, JsonNode value, String at) {
        if (value == null || value.isNull()) return null;
        return switch (column.type()) {
            case ID, REF -> {
                long id = whole(value, at);
                if (id < 1) throw invalid(at, "must be a positive id");
                yield id;
            }
            case BIGINT -> whole(value, at);
            case INTEGER -> {
                long n = whole(value, at);
                if (n != (int) n) throw invalid(at, "must be a 32-bit whole number");
                yield (int) n;
            }
            case BOOLEAN -> {
                if (!value.isBoolean()) throw invalid(at, "must be true or false");
                yield value.booleanValue();
            }
            case TEXT -> text(value, at);
            case ENUM -> {
                String text = text(value, at);
                if (!column.allowed().contains(text)) {
                    throw invalid(at, "'" + cut(text) + "' is none of " + String.join(", ", column.allowed()));
                }
                yield text;
            }
            case JSON_OBJECT, JSON_ARRAY -> json(column, text(value, at), at);
        };
    }

    private static long whole(JsonNode value, String at) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) throw invalid(at, "must be a whole number");
        return value.longValue();
    }

    private static String text(JsonNode value, String at) {
        if (!value.isTextual()) throw invalid(at, "must be a string");
        String text = value.textValue();
        if (text.indexOf('\0') >= 0) throw invalid(at, "must not contain NUL characters");
        if (text.length() > MAX_TEXT) throw invalid(at, "must be at most " + MAX_TEXT + " characters");
        return text;
    }

    /** JSON kept as text: it must parse, be of the column's kind, and keep the rules of custom fields. */
    private static String json(Column column, String text, String at) {
        JsonNode parsed;
        try {
            parsed = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid(at, "must be JSON text");
        }
        boolean object = column.type() == Column.Type.JSON_OBJECT;
        if (parsed == null || (object ? !parsed.isObject() : !parsed.isArray())) {
            throw invalid(at, "must be the JSON text of " + (object ? "an object" : "an array"));
        }
        FreeForm.check(at, object ? (ObjectNode) parsed : Json.MAPPER.createObjectNode().set("value", parsed));
        return text;
    }

    /** Ids are unique within a table, and every reference names a row of the snapshot. */
    private void checkReferences(Map<String, List<Object[]>> tables) {
        Map<String, Set<Long>> ids = new HashMap<>();
        for (SnapshotTable table : SnapshotTables.TABLES) {
            if (!table.hasId()) continue;
            Set<Long> seen = new HashSet<>();
            List<Object[]> rows = tables.get(table.name());
            for (int r = 0; r < rows.size(); r++) {
                if (!seen.add((Long) rows.get(r)[0])) {
                    throw invalid(field + "." + table.name() + ".rows[" + r + "].id", "id " + rows.get(r)[0] + " is given twice");
                }
            }
            ids.put(table.name(), seen);
        }
        for (SnapshotTable table : SnapshotTables.TABLES) {
            List<Object[]> rows = tables.get(table.name());
            for (int i = 0; i < table.columns().size(); i++) {
                Column column = table.columns().get(i);
                if (!column.isRef()) continue;
                for (int r = 0; r < rows.size(); r++) {
                    Object id = rows.get(r)[i];
                    String target = References.target(table, column, rows.get(r));
                    if (id != null && !ids.get(target).contains((Long) id)) {
                        throw invalid(field + "." + table.name() + ".rows[" + r + "]." + column.name(),
                            "refers to " + target + " " + id + ", which the snapshot does not hold");
                    }
                }
            }
        }
    }

    private static String cut(String text) { return text.length() > 64 ? text.substring(0, 64) + "..." : text; }

    private static RuntimeException invalid(String at, String reason) {
        return ApiError.valueNotPermitted(at, reason).toException();
    }
}
