package dev.roster.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * One hostile request and what must come back. {@code via} says how it is sent: the shared test
 * client ({@code api.post} / {@code api.get}), a plain HTTP client (a GET with a body, an odd
 * Content-Type), or a raw socket for what no HTTP client would send (a malformed request line, a
 * bad Content-Length, a chunked body over the limit).
 */
record Case(ApiOperations.Operation operation, String what, String method, String path, String query, byte[] body,
            String contentType, Via via, Expect expect) {

    enum Via { API, HTTP, RAW }

    /**
     * The outcome asked for beyond "2xx or 4xx with a valid body": a status (0 any 2xx or 4xx,
     * 4 any 4xx) and an error type and field (null: any); {@code emptyList} asks a 2xx list to be empty.
     */
    record Expect(int status, String type, String field, boolean emptyList) {
        static final Expect ANY = new Expect(0, null, null, false);
        static final Expect CLIENT_ERROR = new Expect(4, null, null, false);
        /** The same status as the case sent just before, to the same operation. */
        static final Expect SAME_AS_PREVIOUS = new Expect(-1, null, null, false);

        static Expect error(int status, String type) { return new Expect(status, type, null, false); }

        static Expect error(int status, String type, String field) { return new Expect(status, type, field, false); }

        static Expect nothingFound() { return new Expect(0, null, null, true); }
    }

    static Case post(ApiOperations.Operation op, String what, String body, Expect expect) {
        return post(op, what, body.getBytes(StandardCharsets.UTF_8), "application/json", expect);
    }

    static Case post(ApiOperations.Operation op, String what, byte[] body, String contentType, Expect expect) {
        return new Case(op, what, "POST", op.path(), null, body, contentType, Via.API, expect);
    }

    static Case get(ApiOperations.Operation op, String what, String query, Expect expect) {
        return new Case(op, what, "GET", op.path(), query, null, null, Via.API, expect);
    }

    /** The case as the operation expects it: a POST body, or a GET query string. */
    static Case input(ApiOperations.Operation op, String what, String bodyOrQuery, Expect expect) {
        return op.isGet() ? get(op, what, bodyOrQuery, expect) : post(op, what, bodyOrQuery, expect);
    }

    Case via(Via how) {
        return new Case(operation, what, method, path, query, body, contentType, how, expect);
    }

    /** The exact request, for a failure report; long bodies are cut, with their length. */
    String describe() {
        StringBuilder out = new StringBuilder(method).append(' ').append(path);
        if (query != null && !query.isEmpty()) out.append('?').append(cut(query));
        if (via != Via.API) out.append("  (sent ").append(via).append(')');
        if (contentType != null) out.append("\n    Content-Type: ").append(contentType);
        if (body != null) {
            out.append("\n    body (").append(body.length).append(" bytes): ")
                .append(cut(new String(body, StandardCharsets.UTF_8)));
        }
        return out.toString();
    }

    static String cut(String text) {
        String visible = text.replace("\u0000", "\\u0000");
        return visible.length() <= 300 ? visible : visible.substring(0, 300) + "...(" + visible.length() + " chars)";
    }
}
