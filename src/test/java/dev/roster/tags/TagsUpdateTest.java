package dev.roster.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsUpdateTest extends ApiTest {
    private static final String UPDATE = "/tags.update";

    private JsonNode create(String name) {
        return api.post("/tags.create", json("name", name, "description", "first", "allowed_values", List.of("a", "b"),
            "style_new", Map.of("color", "blue"))).assertStatus(201).body().get("tag");
    }

    private JsonNode get(String id) {
        return api.post("/tags.get", json("id", id)).assertStatus(200).body().get("tag");
    }

    @Test
    void given_fields_change_and_absent_ones_stay() {
        JsonNode tag = create("vip");
        String id = tag.get("display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));

        JsonNode updated = tenant.as(bob, Scope.ADMIN).post(UPDATE, json("id", id, "name", "VIP customer"))
            .assertStatus(200).body().get("tag");

        assertEquals("VIP customer", updated.get("name").asText());
        assertEquals("first", updated.get("description").asText());
        assertEquals(tag.get("allowed_values"), updated.get("allowed_values"));
        assertEquals(tag.get("style_new"), updated.get("style_new"));
        assertEquals(tag.get("created_by"), updated.get("created_by"));
        assertEquals(tag.get("created_date"), updated.get("created_date"));
        assertEquals("DEVU-" + bob, updated.at("/modified_by/display_id").asText());
        assertTrue(updated.get("modified_date").asText().compareTo(tag.get("modified_date").asText()) >= 0);
        assertEquals(updated, get(id), "the change is stored");
    }

    @Test
    void description_style_and_allowed_values_are_replaced() {
        String id = create("vip").get("id").asText();
        JsonNode updated = api.post(UPDATE, json("id", id, "description", "second", "style_new", Map.of("color", "red"),
            "allowed_values", Map.of("set", List.of("gold", "silver", "bronze")))).assertStatus(200).body().get("tag");
        assertEquals("second", updated.get("description").asText());
        assertEquals("red", updated.at("/style_new/color").asText());
        assertEquals("[\"gold\",\"silver\",\"bronze\"]", updated.get("allowed_values").toString());
        assertEquals(updated, get(id));
    }

    @Test
    void a_tag_may_change_the_case_of_its_own_name() {
        String id = create("vip").get("display_id").asText();
        assertEquals("VIP", api.post(UPDATE, json("id", id, "name", "VIP")).assertStatus(200).at("/tag/name"));
    }

    @Test
    void a_name_taken_by_another_tag_is_rejected_and_nothing_changes() {
        create("churn");
        JsonNode vip = create("vip");
        String id = vip.get("display_id").asText();

        api.post(UPDATE, json("id", id, "name", "CHURN", "description", "changed"))
            .assertError(400, "value_not_permitted", "name").assertMessageContains("CHURN");

        assertEquals(vip, get(id));
    }

    @Test
    void allowed_values_need_a_set_and_follow_the_create_rules() {
        JsonNode vip = create("vip");
        String id = vip.get("display_id").asText();
        api.post(UPDATE, json("id", id, "allowed_values", Map.of()))
            .assertError(400, "missing_required_field", "allowed_values.set");
        api.post(UPDATE, json("id", id, "allowed_values", Map.of("set", List.of("x", "x"))))
            .assertError(400, "value_not_permitted", "allowed_values.set");
        api.post(UPDATE, json("id", id, "allowed_values", Map.of("set", List.of(""))))
            .assertError(400, "value_not_permitted", "allowed_values.set");
        api.post(UPDATE, json("id", id, "allowed_values", List.of("x")))
            .assertError(400, "unexpected_json_type", "allowed_values");
        assertEquals(vip, get(id));
    }

    @Test
    void an_empty_or_overlong_name_is_rejected() {
        JsonNode vip = create("vip");
        String id = vip.get("display_id").asText();
        api.post(UPDATE, json("id", id, "name", "")).assertError(400, "value_not_permitted", "name");
        api.post(UPDATE, json("id", id, "name", "n".repeat(257))).assertError(400, "value_not_permitted", "name");
        assertEquals(vip, get(id));
    }

    @Test
    void a_renamed_tag_shows_its_new_name_on_the_objects_carrying_it() {
        String tag = create("vip").get("display_id").asText();
        String account = api.post("/accounts.create", json("display_name", "Acme", "tags", List.of(Map.of("id", tag, "value", "a"))))
            .assertStatus(201).at("/account/display_id");

        api.post(UPDATE, json("id", tag, "name", "platinum")).assertStatus(200);

        JsonNode carried = api.post("/accounts.get", json("id", account)).assertStatus(200).body().at("/account/tags/0");
        assertEquals("platinum", carried.at("/tag/name").asText());
        assertEquals("a", carried.get("value").asText());
    }

    @Test
    void the_id_must_name_an_existing_tag_of_this_dev_org() {
        api.post(UPDATE, json("name", "x")).assertError(400, "missing_required_field", "id");
        api.post(UPDATE, json("id", "nope", "name", "x")).assertError(400, "invalid_id", "id");
        api.post(UPDATE, json("id", "REV-1", "name", "x")).assertError(400, "unexpected_id_type", "id");
        api.post(UPDATE, json("id", "TAG-999999999", "name", "x")).assertError(404, "not_found", null);
        var other = server.newTenant();
        JsonNode foreign = other.admin().post("/tags.create", json("name", "theirs")).assertStatus(201).body().get("tag");
        api.post(UPDATE, json("id", foreign.get("id").asText(), "name", "mine")).assertError(404, "not_found", null);
        assertEquals("theirs", other.admin().post("/tags.get", json("id", foreign.get("id").asText())).at("/tag/name"));
    }

    @Test
    void a_write_token_may_not_update_a_tag() {
        JsonNode vip = create("vip");
        String id = vip.get("display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(UPDATE, json("id", id, "name", "x")).assertError(403, "forbidden", null);
        api.anonymous().post(UPDATE, json("id", id, "name", "x")).assertError(401, "unauthenticated", null);
        assertEquals(vip, get(id));
    }
}
