package dev.roster.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsCreateTest extends ApiTest {
    private static final String CREATE = "/tags.create";

    private List<String> names() {
        List<String> names = new ArrayList<>();
        api.post("/tags.list", "{}").assertStatus(200).body().get("tags").forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    @Test
    void creating_a_tag_answers_201_with_every_field_and_stores_it() {
        JsonNode tag = api.post(CREATE, json("name", "vip", "description", "Very important", "allowed_values",
                List.of("gold", "silver"), "style_new", Map.of("color", "#ff0000")))
            .assertStatus(201).body().get("tag");

        long number = Long.parseLong(tag.get("display_id").asText().substring("TAG-".length()));
        assertEquals("don:core:dvrv-us-1:devo/" + tenant.orgId() + ":tag/" + number, tag.get("id").asText());
        assertEquals("vip", tag.get("name").asText());
        assertEquals("Very important", tag.get("description").asText());
        assertEquals("[\"gold\",\"silver\"]", tag.get("allowed_values").toString());
        assertEquals("#ff0000", tag.at("/style_new/color").asText());
        assertEquals(tenant.adminDisplayId(), tag.at("/created_by/display_id").asText());
        assertEquals("dev_user", tag.at("/created_by/type").asText());
        assertEquals(tenant.adminDisplayId(), tag.at("/modified_by/display_id").asText());
        assertEquals(tag.get("created_date"), tag.get("modified_date"));
        assertEquals(tag, api.get("/tags.get", "id=" + tag.get("display_id").asText()).assertStatus(200).body().get("tag"));
    }

    @Test
    void a_tag_with_only_a_name_omits_the_optional_fields() {
        JsonNode tag = api.post(CREATE, json("name", "plain")).assertStatus(201).body().get("tag");
        assertEquals("plain", tag.get("name").asText());
        assertFalse(tag.has("description"), tag.toString());
        assertFalse(tag.has("allowed_values"), tag.toString());
        assertFalse(tag.has("style_new"), tag.toString());
    }

    @Test
    void a_duplicate_name_is_rejected_case_insensitively_and_nothing_is_created() {
        api.post(CREATE, json("name", "Churn-Risk")).assertStatus(201);

        api.post(CREATE, json("name", "churn-risk")).assertError(400, "value_not_permitted", "name")
            .assertMessageContains("churn-risk");
        api.post(CREATE, json("name", "CHURN-RISK", "description", "again")).assertError(400, "value_not_permitted", "name");

        assertEquals(List.of("Churn-Risk"), names());
    }

    @Test
    void the_same_name_may_exist_in_another_dev_org() {
        api.post(CREATE, json("name", "vip")).assertStatus(201);
        server.newTenant().admin().post(CREATE, json("name", "VIP")).assertStatus(201);
        assertEquals(List.of("vip"), names());
    }

    @Test
    void the_name_is_required_non_empty_and_at_most_256_characters() {
        api.post(CREATE, json("description", "x")).assertError(400, "missing_required_field", "name");
        api.post(CREATE, json("name", "")).assertError(400, "value_not_permitted", "name");
        api.post(CREATE, json("name", "x".repeat(257))).assertError(400, "value_not_permitted", "name");
        api.post(CREATE, "{\"name\":5}").assertError(400, "unexpected_json_type", "name");
        assertEquals(List.of(), names());
        api.post(CREATE, json("name", "y".repeat(256))).assertStatus(201);
        assertEquals(List.of("y".repeat(256)), names());
    }

    @Test
    void allowed_values_must_be_distinct_non_empty_short_and_at_most_a_hundred() {
        api.post(CREATE, json("name", "a", "allowed_values", List.of("x", "x")))
            .assertError(400, "value_not_permitted", "allowed_values");
        api.post(CREATE, json("name", "a", "allowed_values", List.of("")))
            .assertError(400, "value_not_permitted", "allowed_values");
        api.post(CREATE, json("name", "a", "allowed_values", List.of("v".repeat(257))))
            .assertError(400, "value_not_permitted", "allowed_values");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= 100; i++) many.add("v" + i);
        api.post(CREATE, json("name", "a", "allowed_values", many)).assertError(400, "value_not_permitted", "allowed_values");
        api.post(CREATE, "{\"name\":\"a\",\"allowed_values\":\"x\"}").assertError(400, "unexpected_json_type", "allowed_values");
        assertEquals(List.of(), names());

        JsonNode tag = api.post(CREATE, json("name", "a", "allowed_values", many.subList(0, 100)))
            .assertStatus(201).body().get("tag");
        assertEquals(100, tag.get("allowed_values").size());
    }

    @Test
    void an_admin_token_is_needed_and_smaller_scopes_create_nothing() {
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(CREATE, json("name", "vip")).assertError(403, "forbidden", null);
        tenant.as(bob, Scope.READ).post(CREATE, json("name", "vip")).assertError(403, "forbidden", null);
        api.anonymous().post(CREATE, json("name", "vip")).assertError(401, "unauthenticated", null);
        assertEquals(List.of(), names());
    }

    @Test
    void the_creator_is_the_tokens_user() {
        JsonNode bob = DevUsers.create(api, "bob@example.com");
        JsonNode tag = tenant.as(DevUsers.number(bob), Scope.ADMIN).post(CREATE, json("name", "vip"))
            .assertStatus(201).body().get("tag");
        assertEquals(bob.get("display_id").asText(), tag.at("/created_by/display_id").asText());
        assertEquals("bob@example.com", tag.at("/created_by/email").asText());
    }
}
