package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class GroupsCreateTest extends ApiTest {
    private static final String CREATE = "/groups.create";

    private List<String> names() {
        List<String> names = new ArrayList<>();
        api.post("/groups.list", "{}").assertStatus(200).body().get("groups").forEach(g -> names.add(g.get("name").asText()));
        return names;
    }

    @Test
    void creating_a_group_answers_201_with_devrevs_ids_and_a_static_group_of_dev_users_by_default() {
        JsonNode owner = DevUsers.create(api, "owner@example.com");
        JsonNode group = Groups.create(api, "name", "Support", "description", "First line", "owner", Groups.id(owner));

        long number = Long.parseLong(group.get("display_id").asText().substring("GROUP-".length()));
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":group/" + number, group.get("id").asText());
        assertEquals("Support", group.get("name").asText());
        assertEquals("First line", group.get("description").asText());
        assertEquals("dev_user", group.get("member_type").asText());
        assertFalse(group.get("is_default").asBoolean());
        assertEquals(Groups.id(owner), group.at("/owner/display_id").asText());
        assertEquals("dev_user", group.at("/owner/type").asText());
        assertEquals(tenant.adminDisplayId(), group.at("/created_by/display_id").asText());
        assertEquals(group.get("created_date"), group.get("modified_date"));
        assertEquals(group, api.get("/groups.get", "id=" + Groups.id(group)).assertStatus(200).body().get("group"));
    }

    @Test
    void a_group_of_rev_users_is_made_with_member_type_rev_user_and_static_type_is_accepted() {
        JsonNode group = Groups.create(api, "name", "Customers", "description", "d", "member_type", "rev_user", "type", "static");
        assertEquals("rev_user", group.get("member_type").asText());
        assertFalse(group.has("owner"), group.toString());
    }

    @Test
    void a_dynamic_group_is_refused_saying_roster_serves_static_groups_only_and_nothing_is_made() {
        api.post(CREATE, json("name", "dyn", "description", "d", "type", "dynamic"))
            .assertError(400, "value_not_permitted", "type").assertMessageContains("static groups only");
        api.post(CREATE, json("name", "dyn", "description", "d", "dynamic_group_info", Map.of()))
            .assertError(400, "value_not_permitted", "dynamic_group_info").assertMessageContains("static groups only");
        api.post(CREATE, json("name", "dyn", "description", "d", "type", "static", "dynamic_group_info", Map.of()))
            .assertError(400, "value_not_permitted", "dynamic_group_info");
        assertEquals(List.of(), names());
    }

    @Test
    void a_taken_name_is_refused_case_insensitively_naming_the_group_that_holds_it() {
        JsonNode holder = Groups.create(api, "name", "Billing", "description", "d");
        api.post(CREATE, json("name", "BILLING", "description", "again"))
            .assertError(400, "value_not_permitted", "name").assertMessageContains(Groups.id(holder));
        assertEquals(List.of("Billing"), names());
        server.newTenant().admin().post(CREATE, json("name", "billing", "description", "other org")).assertStatus(201);
    }

    @Test
    void name_and_description_are_required_and_checked() {
        api.post(CREATE, json("description", "d")).assertError(400, "missing_required_field", "name");
        api.post(CREATE, json("name", "n")).assertError(400, "missing_required_field", "description");
        api.post(CREATE, json("name", "", "description", "d")).assertError(400, "value_not_permitted", "name");
        api.post(CREATE, json("name", "x".repeat(257), "description", "d")).assertError(400, "value_not_permitted", "name");
        api.post(CREATE, json("name", 5, "description", "d")).assertError(400, "unexpected_json_type", "name");
        api.post(CREATE, json("name", "n", "description", "d", "member_type", "robot"))
            .assertError(400, "invalid_enum_value", "member_type");
        assertEquals(List.of(), names());
    }

    @Test
    void the_owner_must_be_a_dev_user_of_the_org() {
        api.post(CREATE, json("name", "n", "description", "d", "owner", "DEVU-999999999")).assertError(404, "not_found", null);
        api.post(CREATE, json("name", "n", "description", "d", "owner", "ACC-1")).assertError(400, "unexpected_id_type", "owner");
        api.post(CREATE, json("name", "n", "description", "d", "owner", "nonsense")).assertError(400, "invalid_id", "owner");
        var other = server.newTenant();
        api.post(CREATE, json("name", "n", "description", "d", "owner", "don:identity:dvrv-us-1:devo/" + other.orgId()
            + ":devu/" + other.adminId())).assertError(404, "not_found", null);
        assertEquals(List.of(), names());
    }

    @Test
    void creating_needs_the_admin_scope() {
        api.post(CREATE, json("name", "n", "description", "d")).assertStatus(201);
        tenant.as(tenant.adminId(), Scope.READ).post(CREATE, json("name", "r", "description", "d")).assertError(403, "forbidden", null);
        tenant.as(tenant.adminId(), Scope.WRITE).post(CREATE, json("name", "w", "description", "d")).assertError(403, "forbidden", null);
        assertEquals(List.of("n"), names());
    }

    @Test
    void of_32_concurrent_creates_of_one_name_exactly_one_wins() throws Exception {
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String name = i % 2 == 0 ? "Race" : "RACE";
            calls.add(() -> api.post(CREATE, json("name", name, "description", "d")));
        }
        List<ApiResponse> responses = Parallel.inParallel(calls);
        assertEquals(1, responses.stream().filter(r -> r.status() == 201).count());
        responses.stream().filter(r -> r.status() != 201).forEach(r -> r.assertError(400, "value_not_permitted", "name"));
        assertEquals(1, names().size());
    }
}
