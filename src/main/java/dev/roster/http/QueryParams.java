package dev.roster.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a query string into the same JSON tree a POST body would give, so that one reader serves
 * GET and POST. Dotted names nest ({@code created_date.after}); a repeated key becomes an array.
 * Values stay text; {@link RequestBody} converts them by the field's type, and splits arrays
 * given as {@code a,b} or {@code "a","b"}.
 */
final class QueryParams {
    /** Deeper than any field Roster reads, and far from what would strain the JSON tree's own limits. */
    static final int MAX_DEPTH = 32;

    private QueryParams() {}

    public static ObjectNode toTree(Map<String, List<String>> params) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        params.forEach((name, values) -> put(root, name, values));
        return root;
    }

    private static void put(ObjectNode root, String name, List<String> values) {
        String[] path = name.split("\\.", MAX_DEPTH + 2);
        if (path.length > MAX_DEPTH) {
            throw ApiError.badRequest("query parameter '" + Fields.abbreviate(name) + "' nests deeper than " + MAX_DEPTH
                + " levels").toException();
        }
        ObjectNode parent = root;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.get(path[i]) instanceof ObjectNode child ? child : parent.putObject(path[i]);
        }
        String leaf = path[path.length - 1];
        if (values.size() == 1) {
            parent.put(leaf, values.getFirst());
        } else {
            ArrayNode array = parent.putArray(leaf);
            values.forEach(array::add);
        }
    }

    /**
     * Splits one query value into array items: commas separate items, and an item may be
     * double-quoted (as DevRev's generated clients send) to contain a comma.
     */
    public static List<String> splitList(String field, String value) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                wasQuoted = true;
            } else if (c == ',' && !quoted) {
                add(items, current, wasQuoted);
                current.setLength(0);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw ApiError.valueNotPermitted(field, "unbalanced double quote in the list value").toException();
        }
        add(items, current, wasQuoted);
        return items;
    }

    private static void add(List<String> items, StringBuilder item, boolean quoted) {
        String text = quoted ? item.toString() : item.toString().trim();
        if (quoted || !text.isEmpty()) items.add(text);
    }
}
