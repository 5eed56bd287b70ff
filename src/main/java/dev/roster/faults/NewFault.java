package dev.roster.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** {@code faults.create}'s request, checked: which requests a fault fires on, how often, and what it does. */
record NewFault(String operation, ObjectNode match, long after, long times, FaultAction action, boolean afterCommit) {
    static final long MAX_DELAY_MS = 60_000;
    static final long MAX_COUNT = 1_000_000_000;
    static final int MAX_MATCH_KEYS = 32;
    static final int MAX_MATCH_CHARS = 4096;
    static final int MAX_MESSAGE_CHARS = 1000;
    static final long MAX_RETRY_AFTER = 86_400;

    /** @param isOperation whether a name is one of DevRev's operations that Roster serves */
    static NewFault parse(RequestBody request, Predicate<String> isOperation) {
        String operation = request.requiredText("operation", 256);
        if (!operation.equals("*") && !isOperation.test(operation)) {
            throw ApiError.valueNotPermitted("operation", "'" + operation + "' is not a DevRev operation Roster serves; "
                + "name one such as rev-users.create, or * for every one").toException();
        }
        ObjectNode match = request.rawObject("match").map(NewFault::checkMatch).orElseGet(JsonNodeFactory.instance::objectNode);
        long after = count(request, "after", 0);
        long times = count(request, "times", 1);
        boolean afterCommit = request.bool("after_commit").orElse(false);
        return new NewFault(operation, match, after, times, action(request, operation), afterCommit);
    }

    private static ObjectNode checkMatch(ObjectNode match) {
        if (match.size() > MAX_MATCH_KEYS) {
            throw ApiError.valueNotPermitted("match", "has " + match.size() + " fields; at most " + MAX_MATCH_KEYS
                + " are allowed").toException();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = match.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                throw ApiError.valueNotPermitted("match." + field.getKey(), "null matches no request (a null field "
                    + "counts as absent); give a value").toException();
            }
        }
        if (match.toString().length() > MAX_MATCH_CHARS) {
            throw ApiError.valueNotPermitted("match", "must be at most " + MAX_MATCH_CHARS + " characters as JSON")
                .toException();
        }
        return match;
    }

    private static long count(RequestBody request, String name, long fallback) {
        long value = request.integer(name).orElse(fallback);
        if (value < 0 || value > MAX_COUNT) {
            throw ApiError.valueNotPermitted(name, "must be between 0 and " + MAX_COUNT + ", got " + value).toException();
        }
        return value;
    }

    /** Exactly one of respond, delay_ms and drop_connection. */
    private static FaultAction action(RequestBody request, String operation) {
        List<String> given = List.of("respond", "delay_ms", "drop_connection").stream().filter(request::has).toList();
        if (given.size() != 1) {
            throw ApiError.valueNotPermitted(given.isEmpty() ? "respond" : given.get(1), "give exactly one of respond, "
                + "delay_ms and drop_connection" + (given.isEmpty() ? "" : "; got " + String.join(" and ", given)))
                .toException();
        }
        return switch (given.getFirst()) {
            case "respond" -> respond(request.object("respond").orElseThrow(), operation);
            case "delay_ms" -> {
                long millis = request.integer("delay_ms").orElseThrow();
                if (millis < 1 || millis > MAX_DELAY_MS) {
                    throw ApiError.valueNotPermitted("delay_ms", "must be between 1 and " + MAX_DELAY_MS + ", got " + millis)
                        .toException();
                }
                yield new FaultAction.Delay(millis);
            }
            default -> {
                if (!request.bool("drop_connection").orElseThrow()) {
                    throw ApiError.valueNotPermitted("drop_connection", "must be true; leave it out for another action")
                        .toException();
                }
                yield new FaultAction.Drop();
            }
        };
    }

    private static FaultAction.Respond respond(RequestBody respond, String operation) {
        long status = respond.integer("status").orElseThrow(() -> ApiError.missing(respond.path("status")).toException());
        List<String> types = status >= 100 && status <= 599 ? ErrorTypes.BY_STATUS.get((int) status) : null;
        if (types == null) {
            throw ApiError.valueNotPermitted(respond.path("status"), "must be one of " + ErrorTypes.STATUSES + ", got "
                + status).toException();
        }
        if (status == 409 && !ErrorTypes.CONFLICTING.contains(operation)) {
            throw ApiError.valueNotPermitted(respond.path("status"), "DevRev answers 409 only to "
                + String.join(", ", ErrorTypes.CONFLICTING.stream().sorted().toList()) + "; not to " + operation)
                .toException();
        }
        String type = respond.string("type").orElse(types.getFirst());
        if (!types.contains(type)) throw ApiError.invalidEnum(respond.path("type"), type, types).toException();
        String field = respond.text("field_name", 256).orElse(null);
        if (ErrorTypes.WITH_FIELD.contains(type) && field == null) {
            throw ApiError.missing(respond.path("field_name")).toException();
        }
        if (!ErrorTypes.WITH_FIELD.contains(type) && field != null) {
            throw ApiError.valueNotPermitted(respond.path("field_name"), "a " + type + " error names no field").toException();
        }
        Long retryAfter = respond.integer("retry_after").orElse(null);
        if (retryAfter != null && status != 429) {
            throw ApiError.valueNotPermitted(respond.path("retry_after"), "only a 429 carries retry_after").toException();
        }
        if (retryAfter != null && (retryAfter < 0 || retryAfter > MAX_RETRY_AFTER)) {
            throw ApiError.valueNotPermitted(respond.path("retry_after"), "must be between 0 and " + MAX_RETRY_AFTER
                + " seconds, got " + retryAfter).toException();
        }
        String message = respond.text("message", MAX_MESSAGE_CHARS).orElse("injected by a Roster fault (" + type + ")");
        return new FaultAction.Respond((int) status, type, message, status == 429 && retryAfter == null ? Long.valueOf(1) : retryAfter,
            field);
    }
}
