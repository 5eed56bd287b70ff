package dev.roster.http;

import dev.roster.errors.ApiError;
import java.util.List;

/** The contract's error object: {@code type}, {@code message}, and the fields its type carries. */
record ErrorBody(
    String type,
    String message,
    String fieldName,
    String value,
    List<String> allowedValues,
    String expected,
    String actual,
    Long retryAfter,
    String referenceId) {

    public static ErrorBody of(ApiError error) {
        return switch (error) {
            case ApiError.ParseError e -> simple("parse_error", e.message());
            case ApiError.BadRequest e -> simple("bad_request", e.message());
            case ApiError.MissingRequiredField e -> field("missing_required_field", e.fieldName(), e.message());
            case ApiError.UnexpectedJsonType e -> new ErrorBody("unexpected_json_type", e.message(), e.fieldName(),
                null, null, e.expected().wire(), e.actual().wire(), null, null);
            case ApiError.InvalidEnumValue e -> new ErrorBody("invalid_enum_value", e.message(), e.fieldName(),
                e.value(), e.allowedValues(), null, null, null, null);
            case ApiError.InvalidField e -> field("invalid_field", e.fieldName(), e.message());
            case ApiError.InvalidId e -> field("invalid_id", e.fieldName(), e.message());
            case ApiError.UnexpectedIdType e -> field("unexpected_id_type", e.fieldName(), e.message());
            case ApiError.ValueNotPermitted e -> field("value_not_permitted", e.fieldName(), e.message());
            case ApiError.Unauthenticated e -> simple("unauthenticated", e.message());
            case ApiError.Forbidden e -> simple("forbidden", e.message());
            case ApiError.NotFound e -> simple("not_found", e.message());
            case ApiError.Conflict e -> simple("conflict", e.message());
            case ApiError.TooManyRequests e -> new ErrorBody("too_many_requests", e.message(), null, null, null,
                null, null, e.retryAfterSeconds(), null);
            case ApiError.Internal e -> new ErrorBody("internal_error", e.message(), null, null, null,
                null, null, null, e.referenceId());
            case ApiError.ServiceUnavailable e -> simple("service_unavailable", e.message());
        };
    }

    /** The HTTP status of each error type; the switch is exhaustive, so a new type must choose one. */
    public static int status(ApiError error) {
        return switch (error) {
            case ApiError.ParseError e -> 400;
            case ApiError.BadRequest e -> 400;
            case ApiError.MissingRequiredField e -> 400;
            case ApiError.UnexpectedJsonType e -> 400;
            case ApiError.InvalidEnumValue e -> 400;
            case ApiError.InvalidField e -> 400;
            case ApiError.InvalidId e -> 400;
            case ApiError.UnexpectedIdType e -> 400;
            case ApiError.ValueNotPermitted e -> 400;
            case ApiError.Unauthenticated e -> 401;
            case ApiError.Forbidden e -> 403;
            case ApiError.NotFound e -> 404;
            case ApiError.Conflict e -> 409;
            case ApiError.TooManyRequests e -> 429;
            case ApiError.Internal e -> 500;
            case ApiError.ServiceUnavailable e -> 503;
        };
    }

    private static ErrorBody simple(String type, String message) {
        return new ErrorBody(type, message, null, null, null, null, null, null, null);
    }

    private static ErrorBody field(String type, String field, String message) {
        return new ErrorBody(type, message, field, null, null, null, null, null, null);
    }
}
