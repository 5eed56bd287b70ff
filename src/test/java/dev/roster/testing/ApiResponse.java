package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/** A response with fluent assertions. Its body was validated against both OpenAPI documents. */
public final class ApiResponse {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String method;
    private final String path;
    private final int status;
    private final String text;
    private final JsonNode body;
    private final HttpResponse<String> raw;

    private ApiResponse(String method, String path, HttpResponse<String> raw, JsonNode body) {
        this.method = method;
        this.path = path;
        this.status = raw.statusCode();
        this.text = raw.body();
        this.body = body;
        this.raw = raw;
    }

    /** Validates a response received by other means than {@link Api}, as Api does its own. */
    public static ApiResponse of(String method, String path, HttpResponse<String> raw) {
        String where = method + " " + path + " -> " + raw.statusCode();
        if (raw.statusCode() == 204) {
            if (!raw.body().isEmpty()) throw new AssertionError(where + " must have no body, got: " + raw.body());
            OpenApiValidator.roster().requireDocumented(method, path, 204, where);
            return new ApiResponse(method, path, raw, MAPPER.nullNode());
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(raw.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " answered " + raw.statusCode() + " with a body that is not JSON: "
                + raw.body());
        }
        if (body == null) throw new AssertionError(method + " " + path + " answered " + raw.statusCode() + " with no body");
        OpenApiValidator.roster().validate(method, path, raw.statusCode(), body, true, where);
        OpenApiValidator.contract().ifPresent(c -> c.validate(method, path, raw.statusCode(), body, false, where));
        return new ApiResponse(method, path, raw, body);
    }

    public int status() { return status; }

    public JsonNode body() { return body; }

    public String text() { return text; }

    public String header(String name) { return raw.headers().firstValue(name).orElse(null); }

    /** The text at a JSON pointer, such as {@code /dev_user/id}; fails when absent. */
    public String at(String pointer) {
        JsonNode node = body.at(pointer);
        if (node.isMissingNode()) fail("no " + pointer + " in " + text);
        return node.asText();
    }

    public ApiResponse assertStatus(int expected) {
        if (status != expected) fail("expected " + method + " " + path + " to answer " + expected + ", got " + status + ": " + text);
        return this;
    }

    /** Asserts an error of {@code type} naming {@code field} (null: any or none). */
    public ApiResponse assertError(int expectedStatus, String type, String field) {
        assertStatus(expectedStatus);
        assertEquals(type, body.path("type").asText(), () -> "error type in " + text);
        if (field != null) assertEquals(field, body.path("field_name").asText(), () -> "field_name in " + text);
        String message = body.path("message").asText();
        assertFalse(message.isBlank(), () -> "an error must say what was wrong: " + text);
        return this;
    }

    public ApiResponse assertMessageContains(String part) {
        assertTrue(body.path("message").asText().contains(part), () -> "message should contain '" + part + "': " + text);
        return this;
    }
}
