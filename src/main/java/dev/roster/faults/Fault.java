package dev.roster.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.http.RequestBody;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fault as it lives in one process: what it matches, when and how often it fires, what it does,
 * and how many matching requests it has counted. Counting is one atomic step, so concurrent
 * requests never share a request number.
 */
final class Fault {
    private final String id;
    private final NewFault spec;
    private final AtomicLong seen = new AtomicLong();
    private final CountDownLatch removed = new CountDownLatch(1);

    Fault(String id, NewFault spec) {
        this.id = id;
        this.spec = spec;
    }

    String id() { return id; }

    NewFault spec() { return spec; }

    /** How many requests this fault has fired on. */
    long fired() {
        long past = Math.max(0, seen.get() - spec.after());
        return spec.times() == 0 ? past : Math.min(past, spec.times());
    }

    boolean matches(String operation, RequestBody request) {
        if (!spec.operation().equals("*") && !spec.operation().equals(operation)) return false;
        for (Iterator<Map.Entry<String, JsonNode>> it = spec.match().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> wanted = it.next();
            JsonNode given = request.json(wanted.getKey()).orElse(null);
            if (given == null || !same(wanted.getValue(), given, request.isQuery())) return false;
        }
        return true;
    }

    /**
     * Counts a matching request; answers its firing number (1 for the first firing), or 0 when this
     * request is not one the fault fires on.
     */
    long count() {
        long n = seen.incrementAndGet() - spec.after();
        return n >= 1 && (spec.times() == 0 || n <= spec.times()) ? n : 0;
    }

    /** Waits {@code millis}, or less if the fault is deleted meanwhile. */
    void pause(long millis) {
        try {
            removed.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The fault is gone: delays it holds end now. */
    void remove() { removed.countDown(); }

    /**
     * JSON equality, with numbers compared by value (1 equals 1.0). In a query string every value is
     * text, so a scalar matches the text it would be written as.
     */
    private static boolean same(JsonNode wanted, JsonNode given, boolean query) {
        if (query && given.isTextual() && wanted.isValueNode()) return wanted.asText().equals(given.textValue());
        if (wanted.isNumber() && given.isNumber()) return wanted.decimalValue().compareTo(given.decimalValue()) == 0;
        if (wanted instanceof ObjectNode object && given instanceof ObjectNode other) {
            if (object.size() != other.size()) return false;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = other.get(field.getKey());
                if (value == null || !same(field.getValue(), value, query)) return false;
            }
            return true;
        }
        if (wanted.isArray() && given.isArray()) {
            if (wanted.size() != given.size()) return false;
            for (int i = 0; i < wanted.size(); i++) if (!same(wanted.get(i), given.get(i), query)) return false;
            return true;
        }
        return wanted.equals(given);
    }
}
