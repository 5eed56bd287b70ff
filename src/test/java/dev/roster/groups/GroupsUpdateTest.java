package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupsUpdateTest extends ApiTest {
    private static final String UPDATE = "/groups.update";

    private JsonNode get(JsonNode group) {
        return api.get("/groups.get", "id=" + Groups.id(group)).assertStatus(200).body().get("group");
    }

    @Test
    void name_description_and_owner_change_and_absent_fields_stay() {
        JsonNode group = Groups.create(api, "name", "Ops", "description", "before");
        JsonNode owner = DevUsers.create(api, "owner@example.com");
        letTheClockTick();
        JsonNode changed = api.post(UPDATE, json("id", Groups.id(group), "name", "Operations", "owner", Groups.id(owner)))
            .assertStatus(200).body().get("group");
        assertEquals("Operations", changed.get("name").asText());
        assertEquals("before", changed.get("description").asText());
        assertEquals(Groups.id(owner), changed.at("/owner/display_id").asText());
        assertNotEquals(group.get("modified_date"), changed.get("modified_date"));
        assertEquals(changed, get(group));

        JsonNode described = api.post(UPDATE, json("id", Groups.id(group), "description", "after"))
            .assertStatus(200).body().get("group");
        assertEquals("after", described.get("description").asText());
        assertEquals("Operations", described.get("name").asText());
        assertEquals(Groups.id(owner), described.at("/owner/display_id").asText());

        // The contract declares owner nullable: null clears it.
        JsonNode ownerless = api.post(UPDATE, json("id", Groups.id(group), "owner", null)).assertStatus(200).body().get("group");
        assertFalse(ownerless.has("owner"), ownerless.toString());
        assertEquals(ownerless, get(group));
    }

    @Test
    void a_name_another_group_holds_is_refused_naming_it_and_nothing_changes() {
        JsonNode holder = Groups.create(api, "name", "Billing", "description", "d");
        JsonNode group = Groups.create(api, "name", "Ops", "description", "d");
        api.post(UPDATE, json("id", Groups.id(group), "name", "billing", "description", "changed"))
            .assertError(400, "value_not_permitted", "name").assertMessageContains(Groups.id(holder));
        assertEquals(group, get(group));
        api.post(UPDATE, json("id", Groups.id(group), "name", "OPS")).assertStatus(200);
    }

    @Test
    void dynamic_group_info_is_refused_saying_roster_serves_static_groups_only() {
        JsonNode group = Groups.create(api, "name", "Ops", "description", "d");
        api.post(UPDATE, json("id", Groups.id(group), "name", "Dyn", "dynamic_group_info",
                Map.of("membership_expression", Map.of("type", "primitive"))))
            .assertError(400, "value_not_permitted", "dynamic_group_info").assertMessageContains("static groups only");
        api.post(UPDATE, json("id", Groups.id(group), "dynamic_group_info", Map.of("membership_expression", Map.of("type", 1))))
            .assertError(400, "unexpected_json_type", "dynamic_group_info.membership_expression.type");
        assertEquals(group, get(group));
    }

    @Test
    void bad_ids_and_values_are_refused_naming_the_field() {
        JsonNode group = Groups.create(api, "name", "Ops", "description", "d");
        api.post(UPDATE, json("name", "x")).assertError(400, "missing_required_field", "id");
        api.post(UPDATE, json("id", "GROUP-999999999", "name", "x")).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", Groups.id(group), "owner", "DEVU-999999999")).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", Groups.id(group), "owner", "TAG-1")).assertError(400, "unexpected_id_type", "owner");
        api.post(UPDATE, json("id", Groups.id(group), "name", "")).assertError(400, "value_not_permitted", "name");
        api.post(UPDATE, json("id", Groups.id(group), "description", 7)).assertError(400, "unexpected_json_type", "description");
        assertEquals(group, get(group));
    }

    @Test
    void updating_needs_the_admin_scope() {
        JsonNode group = Groups.create(api, "name", "Ops", "description", "d");
        tenant.as(tenant.adminId(), Scope.WRITE).post(UPDATE, json("id", Groups.id(group), "name", "x"))
            .assertError(403, "forbidden", null);
        assertEquals(group, get(group));
    }
}
