package dev.roster.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the child rows that {@link Engine#jsonArrayAgg} packed into one column. */
public final class JsonRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRows() {}

    /** Each child row as a JSON array of its elements; no children (SQL null or []) is an empty list. */
    public static <T> List<T> read(String json, Function<JsonNode, T> row) {
        if (json == null || json.isEmpty() || json.equals("[]")) return List.of();
        try {
            List<T> rows = new ArrayList<>();
            for (JsonNode element : MAPPER.readTree(json)) rows.add(row.apply(element));
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("the database returned malformed JSON", e);
        }
    }

    /** A text element; JSON null is null. */
    public static String text(JsonNode row, int index) {
        JsonNode value = row.get(index);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A boolean element, which SQLite gives as 0 or 1. */
    public static boolean bool(JsonNode row, int index) {
        JsonNode value = row.get(index);
        return value != null && (value.isBoolean() ? value.booleanValue() : value.asLong() != 0);
    }
}
