package dev.roster.errors;

import java.util.List;

/**
 * An error the API can answer with: the closed set of the contract's error types. Services raise
 * these as values; {@code http.ErrorHandler} alone maps them to status codes and JSON.
 */
public sealed interface ApiError {
    String message();

    record ParseError(String message) implements ApiError {}
    record BadRequest(String message) implements ApiError {}
    record MissingRequiredField(String fieldName, String message) implements ApiError {}
    record UnexpectedJsonType(String fieldName, JsonType expected, JsonType actual, String message) implements ApiError {}
    record InvalidEnumValue(String fieldName, String value, List<String> allowedValues, String message) implements ApiError {}
    record InvalidField(String fieldName, String message) implements ApiError {}
    record InvalidId(String fieldName, String message) implements ApiError {}
    record UnexpectedIdType(String fieldName, String message) implements ApiError {}
    record ValueNotPermitted(String fieldName, String message) implements ApiError {}
    record Unauthenticated(String message) implements ApiError {}
    record Forbidden(String message) implements ApiError {}
    record NotFound(String message) implements ApiError {}
    record Conflict(String message) implements ApiError {}
    record TooManyRequests(long retryAfterSeconds, String message) implements ApiError {}
    record Internal(String referenceId, String message) implements ApiError {}
    record ServiceUnavailable(String message) implements ApiError {}

    /** The JSON types the contract names in {@code unexpected_json_type}. */
    enum JsonType {
        ARRAY("array"), BOOL("bool"), NULL("null"), NUMBER("number"), OBJECT("object"), STRING("string");

        private final String wire;

        JsonType(String wire) { this.wire = wire; }

        public String wire() { return wire; }
    }

    static ParseError parseError(String message) { return new ParseError(message); }
    static BadRequest badRequest(String message) { return new BadRequest(message); }
    static NotFound notFound(String message) { return new NotFound(message); }

    /** The one way to say that an object of a kind (as messages name it: "rev org") with an id does not exist. */
    static NotFound notFound(String kind, String id) { return new NotFound(kind + " " + id + " not found"); }
    static Forbidden forbidden(String message) { return new Forbidden(message); }
    static Conflict conflict(String message) { return new Conflict(message); }

    static MissingRequiredField missing(String field) {
        return new MissingRequiredField(field, "missing required field '" + field + "'");
    }

    static ValueNotPermitted valueNotPermitted(String field, String reason) {
        return new ValueNotPermitted(field, field + ": " + reason);
    }

    static InvalidField invalidField(String field, String reason) {
        return new InvalidField(field, reason);
    }

    static UnexpectedJsonType unexpectedType(String field, JsonType expected, JsonType actual) {
        return new UnexpectedJsonType(field, expected, actual,
            "field '" + field + "' must be " + article(expected) + ", got " + article(actual));
    }

    static InvalidEnumValue invalidEnum(String field, String value, List<String> allowed) {
        return new InvalidEnumValue(field, value, allowed,
            "field '" + field + "' has value '" + value + "'; allowed values are " + String.join(", ", allowed));
    }

    private static String article(JsonType type) {
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "a " + type.wire();
        };
    }

    default ApiException toException() { return new ApiException(this); }
}
