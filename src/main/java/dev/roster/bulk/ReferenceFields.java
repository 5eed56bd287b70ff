package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An object's {@code tags} and other references as requests take them: the target's ids, found by natural key. */
final class ReferenceFields {
    private ReferenceFields() {}

    /** Puts the line's tags, each found by name, into {@code request} as {@code [{id, value}]}. */
    static void putTags(ObjectNode line, ObjectNode request, RowContext ctx) {
        JsonNode tags = line.get("tags");
        if (tags == null || !tags.isArray()) {
            if (tags != null && !tags.isNull()) request.set("tags", tags);
            return;
        }
        ArrayNode resolved = request.putArray("tags");
        for (JsonNode item : tags) {
            ObjectNode tag = resolved.addObject().put("id", ctx.keys.tag("tags", item));
            if (item.has("value")) tag.set("value", item.get("value"));
        }
    }

    /** Puts each dev user of the line's array {@code field} (by email) into {@code request}. */
    static void putDevUsers(ObjectNode line, String field, ObjectNode request, RowContext ctx) {
        JsonNode users = line.get(field);
        if (users == null || !users.isArray()) {
            if (users != null && !users.isNull()) request.set(field, users);
            return;
        }
        ArrayNode resolved = request.putArray(field);
        for (JsonNode user : users) resolved.add(ctx.keys.devUser(field, user));
    }
}
