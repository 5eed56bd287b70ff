package dev.roster.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * The fields Roster adds to DevRev's responses on purpose (each documented in Roster's own
 * OpenAPI document and the README). They are removed before a body is checked against the
 * contract, which closes some of those objects with {@code additionalProperties: false}.
 */
final class RosterExtensions {
    private static final Map<String, Set<String>> TOP_LEVEL = Map.of(
        "/rev-users.personal-data", Set.of("rev_users"));

    private RosterExtensions() {}

    static JsonNode withoutExtensions(String path, JsonNode body) {
        Set<String> fields = TOP_LEVEL.get(path);
        if (fields == null || !(body instanceof ObjectNode object)) return body;
        ObjectNode copy = object.deepCopy();
        copy.remove(fields);
        return copy;
    }
}
