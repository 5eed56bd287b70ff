package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryParamsTest {
    private static RequestBody query(Map<String, List<String>> params) {
        return RequestBody.ofQuery(QueryParams.toTree(params));
    }

    @Test
    void lists_come_comma_separated_repeated_or_quoted() {
        assertEquals(List.of("a@x.io", "b@x.io"), query(Map.of("email", List.of("a@x.io,b@x.io"))).strings("email").orElseThrow());
        assertEquals(List.of("a@x.io", "b@x.io"), query(Map.of("email", List.of("a@x.io", "b@x.io"))).strings("email").orElseThrow());
        assertEquals(List.of("a@x.io", "b@x.io"), query(Map.of("email", List.of("\"a@x.io\",\"b@x.io\""))).strings("email").orElseThrow());
    }

    @Test
    void a_quoted_item_may_hold_a_comma() {
        assertEquals(List.of("a,b", "c"), QueryParams.splitList("f", "\"a,b\",c"));
        assertEquals(List.of(""), QueryParams.splitList("f", "\"\""));
        assertEquals(List.of(), QueryParams.splitList("f", ""));
    }

    @Test
    void an_unbalanced_quote_is_refused() {
        assertThrows(ApiException.class, () -> QueryParams.splitList("email", "\"a@x.io"));
    }

    @Test
    void dotted_names_nest_into_objects() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("created_date.after", List.of("2024-01-01T00:00:00Z"));
        params.put("created_date.before", List.of("2024-02-01T00:00:00Z"));
        params.put("external_identity.issuer", List.of("github"));
        ObjectNode tree = QueryParams.toTree(params);
        assertEquals("2024-01-01T00:00:00Z", tree.at("/created_date/after").asText());
        assertEquals("2024-02-01T00:00:00Z", tree.at("/created_date/before").asText());
        assertEquals("github", tree.at("/external_identity/issuer").asText());
    }

    @Test
    void numbers_and_booleans_parse_from_text_only_in_queries() {
        RequestBody body = query(Map.of("limit", List.of("25"), "flag", List.of("true")));
        assertEquals(25L, body.integer("limit").orElseThrow());
        assertEquals(true, body.bool("flag").orElseThrow());
        assertThrows(ApiException.class, () -> query(Map.of("limit", List.of("ten"))).integer("limit"));
        ObjectNode json = QueryParams.toTree(Map.of("limit", List.of("25")));
        assertThrows(ApiException.class, () -> RequestBody.ofJson(json).integer("limit"), "a JSON string is not a number");
    }
}
