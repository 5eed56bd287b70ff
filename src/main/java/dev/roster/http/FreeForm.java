package dev.roster.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;

/**
 * The rules for a free-form JSON object Roster keeps as given (custom fields), in stored objects and
 * in filters alike. Bounded, because every page that lists such objects renders them whole and
 * every filter key becomes a condition; finite, because JSON has no infinity to give back; free of
 * NUL, because PostgreSQL's jsonb cannot hold one, so a stored NUL would break every later filter.
 */
public final class FreeForm {
    static final int MAX_KEYS = 100;
    static final int MAX_CHARS = 64 * 1024;

    private FreeForm() {}

    public static ObjectNode check(String field, ObjectNode object) {
        if (object.size() > MAX_KEYS) {
            throw ApiError.valueNotPermitted(field, "has " + object.size() + " keys; at most " + MAX_KEYS + " are allowed")
                .toException();
        }
        String problem = problem(object);
        if (problem != null) throw ApiError.valueNotPermitted(field, problem).toException();
        int chars = object.toString().length();
        if (chars > MAX_CHARS) {
            throw ApiError.valueNotPermitted(field, "is " + chars + " characters as JSON; at most " + MAX_CHARS
                + " are allowed").toException();
        }
        return object;
    }

    private static String problem(JsonNode node) {
        if (node.isTextual()) return node.textValue().indexOf('\0') >= 0 ? "must not contain NUL characters" : null;
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) return "numbers must be finite";
        if (node.isObject()) {
            for (var it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                if (field.getKey().indexOf('\0') >= 0) return "must not contain NUL characters";
                String inner = problem(field.getValue());
                if (inner != null) return inner;
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String inner = problem(item);
                if (inner != null) return inner;
            }
        }
        return null;
    }
}
