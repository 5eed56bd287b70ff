package dev.roster.faults;

import dev.roster.errors.ApiError;

/** What a fault does to a request it fires on: answer an error, delay the answer, or drop the connection. */
sealed interface FaultAction {
    /** An error answer, exactly as DevRev shapes it for its status and type. */
    record Respond(int status, String type, String message, Long retryAfter, String fieldName) implements FaultAction {
        /** The error of this answer's firing number {@code n} of fault {@code faultId}. */
        ApiError error(String faultId, long n) {
            return switch (type) {
                case "bad_request" -> ApiError.badRequest(message);
                case "parse_error" -> ApiError.parseError(message);
                case "invalid_field" -> new ApiError.InvalidField(fieldName, message);
                case "invalid_id" -> new ApiError.InvalidId(fieldName, message);
                case "missing_required_field" -> new ApiError.MissingRequiredField(fieldName, message);
                case "unexpected_id_type" -> new ApiError.UnexpectedIdType(fieldName, message);
                case "value_not_permitted" -> new ApiError.ValueNotPermitted(fieldName, message);
                case "unauthenticated" -> new ApiError.Unauthenticated(message);
                case "forbidden" -> ApiError.forbidden(message);
                case "not_found" -> ApiError.notFound(message);
                case "conflict" -> ApiError.conflict(message);
                case "too_many_requests" -> new ApiError.TooManyRequests(retryAfter, message);
                // A reference id names the firing, not a random draw: fault-3.2 is fault-3's second.
                case "internal_error" -> new ApiError.Internal(faultId + "." + n, message);
                case "service_unavailable" -> new ApiError.ServiceUnavailable(message);
                default -> throw new IllegalStateException("no error type " + type);
            };
        }
    }

    record Delay(long millis) implements FaultAction {}

    record Drop() implements FaultAction {}
}
