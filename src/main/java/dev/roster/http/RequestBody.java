package dev.roster.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.errors.ApiError.JsonType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to a request's fields, from a JSON body or a query string alike. Every accessor
 * names the field in its error: a wrong JSON type is {@code unexpected_json_type}, a missing one
 * {@code missing_required_field}. A JSON {@code null} counts as absent.
 */
public final class RequestBody {
    /** The most items any array of a request may hold. */
    public static final int MAX_ITEMS = 100;

    private final ObjectNode node;
    private final boolean fromQuery;
    private final String prefix;

    private RequestBody(ObjectNode node, boolean fromQuery, String prefix) {
        this.node = node;
        this.fromQuery = fromQuery;
        this.prefix = prefix;
    }

    public static RequestBody ofJson(ObjectNode node) { return new RequestBody(node, false, ""); }

    public static RequestBody ofQuery(ObjectNode node) { return new RequestBody(node, true, ""); }

    /** The full dotted name of a field, as messages show it. */
    public String path(String name) { return prefix + name; }

    public boolean has(String name) { return value(name) != null; }

    /** True when the field is given as JSON {@code null}: for a field the contract declares nullable, a request to clear it. */
    public boolean isNull(String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNull();
    }

    /** A field as given, of any JSON type (in a query string, text or an object); empty when absent or null. */
    public Optional<JsonNode> json(String name) { return Optional.ofNullable(value(name)); }

    /** True when the fields come from a query string, where every value is text. */
    public boolean isQuery() { return fromQuery; }

    public Optional<String> string(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        if (!value.isTextual()) throw wrongType(name, JsonType.STRING, value);
        String text = value.textValue();
        if (text.indexOf('\0') >= 0) {
            throw ApiError.valueNotPermitted(path(name), "must not contain NUL characters").toException();
        }
        return Optional.of(text);
    }

    public String requiredString(String name) {
        return string(name).orElseThrow(() -> ApiError.missing(path(name)).toException());
    }

    /** A string that must be non-blank and at most {@code maxLength} characters. */
    public Optional<String> text(String name, int maxLength) {
        return string(name).map(value -> checkText(name, value, maxLength));
    }

    public String requiredText(String name, int maxLength) {
        return checkText(name, requiredString(name), maxLength);
    }

    private String checkText(String name, String value, int maxLength) {
        if (value.isBlank()) throw ApiError.valueNotPermitted(path(name), "must not be empty").toException();
        if (value.length() > maxLength) {
            throw ApiError.valueNotPermitted(path(name), "must be at most " + maxLength + " characters").toException();
        }
        return value;
    }

    public Optional<Long> integer(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        if (fromQuery && value.isTextual()) {
            try {
                return Optional.of(Long.parseLong(value.textValue().trim()));
            } catch (NumberFormatException e) {
                throw ApiError.valueNotPermitted(path(name), "'" + value.textValue() + "' is not a whole number").toException();
            }
        }
        if (!value.isNumber()) throw wrongType(name, JsonType.NUMBER, value);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiError.valueNotPermitted(path(name), "must be a whole number").toException();
        }
        return Optional.of(value.longValue());
    }

    public Optional<Boolean> bool(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        if (fromQuery && value.isTextual()) {
            return switch (value.textValue().trim()) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> throw ApiError.valueNotPermitted(path(name), "must be true or false").toException();
            };
        }
        if (!value.isBoolean()) throw wrongType(name, JsonType.BOOL, value);
        return Optional.of(value.booleanValue());
    }

    /** An array of strings; in a query string also {@code a,b}, {@code "a","b"} or a repeated key. */
    public Optional<List<String>> strings(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        List<String> items = new ArrayList<>();
        if (fromQuery && value.isTextual()) {
            items.addAll(QueryParams.splitList(path(name), value.textValue()));
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isTextual()) throw wrongType(name + "[]", JsonType.STRING, item);
                if (fromQuery) items.addAll(QueryParams.splitList(path(name), item.textValue()));
                else items.add(item.textValue());
            }
        } else {
            throw wrongType(name, JsonType.ARRAY, value);
        }
        capped(name, items.size());
        for (String item : items) {
            if (item.indexOf('\0') >= 0) {
                throw ApiError.valueNotPermitted(path(name), "must not contain NUL characters").toException();
            }
        }
        return Optional.of(items);
    }

    /**
     * Every array a request gives holds at most {@link #MAX_ITEMS} items: each item of a filter
     * becomes a condition, and SQLite refuses expressions past a depth of about 500.
     */
    private void capped(String name, int items) {
        if (items > MAX_ITEMS) {
            throw ApiError.valueNotPermitted(path(name), "has " + items + " items; at most " + MAX_ITEMS + " are allowed")
                .toException();
        }
    }

    public Optional<RequestBody> object(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        if (!(value instanceof ObjectNode object)) throw wrongType(name, JsonType.OBJECT, value);
        return Optional.of(new RequestBody(object, fromQuery, path(name) + "."));
    }

    /** An array of objects; in a query string ({@code tags.id=...}) a single object is an array of one. */
    public Optional<List<RequestBody>> objects(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        if (fromQuery && value instanceof ObjectNode object) {
            return Optional.of(List.of(new RequestBody(object, fromQuery, path(name) + ".")));
        }
        if (!value.isArray()) throw wrongType(name, JsonType.ARRAY, value);
        capped(name, value.size());
        List<RequestBody> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!(item instanceof ObjectNode object)) throw wrongType(name + "[]", JsonType.OBJECT, item);
            items.add(new RequestBody(object, fromQuery, path(name) + "[]."));
        }
        return Optional.of(items);
    }

    /** A JSON object as given, which the caller checks itself (a snapshot document). */
    public Optional<ObjectNode> jsonObject(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        if (!(value instanceof ObjectNode object)) throw wrongType(name, JsonType.OBJECT, value);
        return Optional.of(object);
    }

    /** An arbitrary JSON object, kept as given (custom fields), within {@link FreeForm}'s rules. */
    public Optional<ObjectNode> rawObject(String name) {
        JsonNode value = value(name);
        if (value == null) return Optional.empty();
        if (!(value instanceof ObjectNode object)) throw wrongType(name, JsonType.OBJECT, value);
        return Optional.of(FreeForm.check(path(name), object));
    }

    /**
     * Type-checks the fields {@code shape} declares, those Roster takes without reading them. In a
     * query string any text passes where no object is declared: there every value is text.
     */
    public RequestBody check(Shape shape) {
        for (Shape.Field field : shape.fields()) {
            JsonNode value = value(field.name());
            if (value == null) continue;
            if (!fits(value, field.type())) throw wrongType(field.name(), field.type(), value);
            if (field.item() != null && value.isArray()) {
                for (JsonNode item : value) {
                    if (!fits(item, field.item())) throw wrongType(field.name() + "[]", field.item(), item);
                }
            }
            if (field.nested() != null) {
                new RequestBody((ObjectNode) value, fromQuery, path(field.name()) + ".").check(field.nested());
            }
        }
        return this;
    }

    private boolean fits(JsonNode value, JsonType type) {
        return typeOf(value) == type || fromQuery && value.isTextual() && type != JsonType.OBJECT;
    }

    /** A string that must be one of an enum's wire values. */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type, Function<E, String> wire) {
        return string(name).map(text -> parseEnum(path(name), text, type, wire));
    }

    public static <E extends Enum<E>> E parseEnum(String field, String text, Class<E> type, Function<E, String> wire) {
        for (E constant : type.getEnumConstants()) {
            if (wire.apply(constant).equals(text)) return constant;
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(wire).toList();
        throw ApiError.invalidEnum(field, text, allowed).toException();
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private RuntimeException wrongType(String name, JsonType expected, JsonNode actual) {
        return ApiError.unexpectedType(path(name), expected, typeOf(actual)).toException();
    }

    static JsonType typeOf(JsonNode node) {
        JsonNodeType type = node.getNodeType();
        return switch (type) {
            case ARRAY -> JsonType.ARRAY;
            case BOOLEAN -> JsonType.BOOL;
            case NUMBER -> JsonType.NUMBER;
            case OBJECT, POJO -> JsonType.OBJECT;
            case STRING, BINARY -> JsonType.STRING;
            case NULL, MISSING -> JsonType.NULL;
        };
    }
}
