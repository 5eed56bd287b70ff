package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.Json;

/** Builds an operation's request from a line: the line's own fields, as given, for the operation to check. */
final class RequestFields {
    private RequestFields() {}

    /** A request holding those of {@code fields} the line has (null counts as absent, as requests read it). */
    static ObjectNode copy(ObjectNode line, String... fields) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        for (String field : fields) {
            JsonNode value = line.get(field);
            if (value != null && !value.isNull()) request.set(field, value);
        }
        return request;
    }

    /** The line's text field, or null when it has none (a wrong type is left to the operation to refuse). */
    static String text(JsonNode line, String field) {
        return line.path(field).textValue();
    }

    /** Whether the line gives {@code field} a value. */
    static boolean has(ObjectNode line, String field) {
        return line.hasNonNull(field);
    }
}
