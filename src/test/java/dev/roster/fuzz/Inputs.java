package dev.roster.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.fuzz.ApiOperations.Field;
import dev.roster.fuzz.ApiOperations.Operation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The well-formed part of hostile requests: for each operation a base input whose required fields
 * name the fuzz's own targets (a {@link Directory} the fuzz made itself, never the data it guards),
 * so that a case changes one thing at a time. Also builds bodies and query strings from it.
 */
final class Inputs {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Directory targets;
    private final JsonNode devOrg;
    private final IdPool ids;

    /**
     * @param devOrg a throwaway dev org the fuzz made for this batch (dev-orgs.delete's target), never
     *               the fuzz's own, the default or the guarded one
     */
    Inputs(Directory targets, JsonNode devOrg, IdPool ids) {
        this.targets = targets;
        this.devOrg = devOrg;
        this.ids = ids;
    }

    IdPool ids() { return ids; }

    /** The operation's required fields, plus the ids that make a link or get meaningful, all naming fuzz targets. */
    ObjectNode base(Operation op) {
        ObjectNode body = NODES.objectNode();
        for (String name : op.required()) body.set(name, value(op, name));
        if (op.path().equals("/rev-users.link") || op.path().equals("/rev-users.unlink")) {
            body.set("id", value(op, "id"));
            body.set("rev_org", value(op, "rev_org"));
        }
        if (op.path().equals("/rev-orgs.get")) body.set("id", value(op, "id"));
        return body;
    }

    private JsonNode value(Operation op, String name) {
        boolean devUsers = op.path().startsWith("/dev-users.");
        return switch (name) {
            // A fault that does not exist: the fuzz never makes one (no base input has an action).
            case "id" -> op.path().equals("/_roster/faults.delete") ? text("fault-999999999")
                : op.path().equals("/_roster/events.redeliver") ? text("EVENT-999999999")
                : op.path().equals("/dev-users.identities.link") ? text("fuzz-identity") : text(target(op));
            case "operation" -> text("tags.get");
            case "dev_user" -> text(Directory.id(op.path().endsWith(".unlink") ? targets.devUser : targets.devUser2));
            case "issuer" -> text(op.path().endsWith(".unlink") ? "github" : "fuzz-issuer");
            case "primary_user" -> text(Directory.id(devUsers ? targets.devUser : targets.revUser));
            case "secondary_user" -> text(Directory.id(devUsers ? targets.devUser2 : targets.revUser2));
            case "primary_account", "account" -> text(Directory.id(targets.account));
            case "secondary_account" -> text(Directory.id(targets.account2));
            case "rev_org" -> text(Directory.id(targets.revOrg));
            case "rev_user_id" -> text(Directory.id(targets.revUser));
            case "group" -> text(Directory.id(targets.group));
            case "member" -> text(Directory.id(targets.devUser2));
            case "description" -> text("a group the fuzz made");
            case "associations" -> op.path().endsWith(".add")
                ? NODES.arrayNode().add(NODES.objectNode().put("associated_to", Directory.id(targets.account2)))
                : NODES.arrayNode().add(Directory.id(targets.account));
            case "email" -> text(devUsers ? "fuzz-new@example.com" : "fuzz-nobody@example.com");
            case "state" -> text("shadow");
            case "name" -> text("fuzz-new-tag");
            case "display_name" -> text("Fuzz");
            case "fixture" -> text("acme");
            case "url" -> text(Directory.NOWHERE);
            case "document" -> NODES.objectNode().put("format", "roster-snapshot").put("version", 1).set("tables", NODES.objectNode());
            case "token_id" -> text(targets.tokenId);
            case "token_hint" -> text("fuzz hint");
            default -> throw new IllegalStateException("no base value for " + op.name() + " field " + name);
        };
    }

    /** The fuzz target an operation's {@code id} names: a non-default rev org, the second dev user, ... */
    private String target(Operation op) {
        return switch (IdPool.byOperation(op)) {
            case DEV_USER -> Directory.id(targets.devUser2);
            case REV_USER -> Directory.id(targets.revUser);
            case REV_ORG -> Directory.id(targets.revOrg);
            case ACCOUNT -> Directory.id(targets.account2);
            case TAG -> Directory.id(targets.tag);
            case DEV_ORG -> Directory.id(devOrg);
            case GROUP -> Directory.id(targets.group);
            case WEBHOOK -> Directory.id(targets.webhook);
        };
    }

    /** A fuzz target of one of {@code kinds}: a good ID to hide a hostile one behind. */
    String target(java.util.Set<IdPool.Kind> kinds) {
        return switch (kinds.iterator().next()) {
            case DEV_USER -> Directory.id(targets.devUser2);
            case REV_USER -> Directory.id(targets.revUser2);
            case REV_ORG -> Directory.id(targets.revOrg);
            case ACCOUNT -> Directory.id(targets.account2);
            case TAG -> Directory.id(targets.tag);
            case DEV_ORG -> Directory.id(devOrg);
            case GROUP -> Directory.id(targets.group);
            case WEBHOOK -> Directory.id(targets.webhook);
        };
    }

    private static JsonNode text(String value) { return NODES.textNode(value); }

    /** A copy of {@code base} with {@code value} at {@code path}, making the arrays and objects on the way. */
    static ObjectNode with(ObjectNode base, List<Object> path, JsonNode value) {
        ObjectNode root = base.deepCopy();
        JsonNode current = root;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            Object next = last ? null : path.get(i + 1);
            JsonNode child = last ? value : next instanceof Integer ? NODES.arrayNode() : NODES.objectNode();
            if (current instanceof ObjectNode object) {
                JsonNode existing = object.get((String) step);
                boolean fits = existing != null && (next instanceof Integer ? existing.isArray() : existing.isObject());
                if (last || !fits) object.set((String) step, child);
                else child = existing;
            } else if (current instanceof ArrayNode array) {
                int index = (Integer) step;
                JsonNode existing = array.size() > index ? array.get(index) : null;
                boolean fits = existing != null && (next instanceof Integer ? existing.isArray() : existing.isObject());
                if (last || !fits) {
                    while (array.size() <= index) array.addNull();
                    array.set(index, child);
                } else {
                    child = existing;
                }
            }
            current = child;
        }
        return root;
    }

    /** The base input with one top-level field removed. */
    static ObjectNode without(ObjectNode base, String name) {
        ObjectNode copy = base.deepCopy();
        copy.remove(name);
        return copy;
    }

    static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The base input as an ordered map of query parameters (GET): text values, each one key. */
    static Map<String, String> params(ObjectNode base) {
        Map<String, String> params = new LinkedHashMap<>();
        base.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        return params;
    }

    /** A query string: the base parameters with {@code extra} appended, already encoded as it is to be sent. */
    static String query(ObjectNode base, String replacedName, String extra) {
        String head = params(base).entrySet().stream().filter(e -> !e.getKey().equals(replacedName))
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        if (extra == null || extra.isEmpty()) return head;
        return head.isEmpty() ? extra : head + "&" + extra;
    }

    static String encode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8); }

    /** The body a case sends for {@code field} set to {@code value}, or the query for a GET. */
    static String input(Operation op, ObjectNode base, Field field, JsonNode value) {
        if (!op.isGet()) return json(with(base, field.path(), value));
        String name = field.path().get(0).toString();
        String text = value.isTextual() ? value.textValue() : json(value);
        return query(base, name, encode(name) + "=" + encode(text));
    }
}
