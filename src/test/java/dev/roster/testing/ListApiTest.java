package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the tests of one list operation: asks it and answers the display names it found,
 * checking on the way that GET with a query string and POST with a body agree.
 */
public abstract class ListApiTest extends ApiTest {
    private final String path;
    private final String field;
    private final String nameField;

    /** {@code field} is the response's array of items. */
    protected ListApiTest(String path, String field) {
        this(path, field, "display_name");
    }

    /** {@code nameField} is the items' field to answer, for items named otherwise ({@code name}). */
    protected ListApiTest(String path, String field, String nameField) {
        this.path = path;
        this.field = field;
        this.nameField = nameField;
    }

    protected List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get(field).forEach(item -> names.add(item.get(nameField).asText()));
        return names;
    }

    /** The names a POST with a body of these fields finds. */
    protected List<String> post(Object... fields) {
        return names(api.post(path, json(fields)).assertStatus(200).body());
    }

    /** The names a GET with {@code query} finds, after checking a POST with {@code body} finds the same. */
    protected List<String> both(String query, String body) {
        JsonNode get = api.get(path, query).assertStatus(200).body();
        assertEquals(get, api.post(path, body).assertStatus(200).body(), "GET ?" + query + " and POST " + body);
        return names(get);
    }
}
