package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.errors.ApiError.UnexpectedJsonType;
import dev.roster.errors.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapeTest {
    private static final Shape SHAPE = Shape.of().strings("artifacts").object("custom_schema_spec", Unmodelled.CUSTOM_SCHEMA_SPEC);

    private static RequestBody body(String json) {
        return RequestBody.ofJson(RequestReader.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static UnexpectedJsonType refusal(RequestBody body) {
        ApiException e = assertThrows(ApiException.class, () -> body.check(SHAPE));
        return (UnexpectedJsonType) e.error();
    }

    @Test
    void declared_types_pass_and_undeclared_fields_and_nulls_are_ignored() {
        body("{\"artifacts\":[\"a\"],\"custom_schema_spec\":{\"drop\":{\"apps\":[]}},\"other\":7}").check(SHAPE);
        body("{\"artifacts\":null,\"custom_schema_spec\":{\"subtype\":null}}").check(SHAPE);
    }

    @Test
    void a_wrong_type_names_the_field_its_item_or_its_nested_field() {
        assertEquals("artifacts", refusal(body("{\"artifacts\":\"a\"}")).fieldName());
        assertEquals("artifacts[]", refusal(body("{\"artifacts\":[\"a\",7]}")).fieldName());
        assertEquals("custom_schema_spec", refusal(body("{\"custom_schema_spec\":[]}")).fieldName());
        UnexpectedJsonType nested = refusal(body("{\"custom_schema_spec\":{\"drop\":{\"subtype\":\"no\"}}}"));
        assertEquals("custom_schema_spec.drop.subtype", nested.fieldName());
        assertEquals("bool", nested.expected().wire());
        assertEquals("string", nested.actual().wire());
    }

    @Test
    void a_query_string_passes_text_wherever_no_object_is_declared() {
        RequestBody query = RequestBody.ofQuery(QueryParams.toTree(Map.of("artifacts", List.of("a", "b"),
            "custom_schema_spec.tenant_fragment", List.of("true"))));
        query.check(SHAPE);
        RequestBody flat = RequestBody.ofQuery(QueryParams.toTree(Map.of("custom_schema_spec", List.of("x"))));
        assertEquals("custom_schema_spec", refusal(flat).fieldName());
    }
}
