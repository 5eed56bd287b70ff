package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Asks a list operation and answers the display names it found, checking on the way that GET with
 * a query string and POST with a body agree.
 */
public final class ListProbe {
    private final Supplier<Api> api;
    private final String path;
    private final String field;

    /** {@code api} is looked up per call, since tests make their client per test. */
    public ListProbe(Supplier<Api> api, String path, String field) {
        this.api = api;
        this.path = path;
        this.field = field;
    }

    public List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get(field).forEach(item -> names.add(item.get("display_name").asText()));
        return names;
    }

    /** The names a POST with this body finds. */
    public List<String> post(String body) {
        return names(api.get().post(path, body).assertStatus(200).body());
    }

    /** The names a GET with {@code query} finds, after checking a POST with {@code body} finds the same. */
    public List<String> both(String query, String body) {
        JsonNode get = api.get().get(path, query).assertStatus(200).body();
        assertEquals(get, api.get().post(path, body).assertStatus(200).body(), "GET ?" + query + " and POST " + body);
        return names(get);
    }
}
