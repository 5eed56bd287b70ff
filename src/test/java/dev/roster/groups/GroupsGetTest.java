package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.Tenant;
import org.junit.jupiter.api.Test;

class GroupsGetTest extends ApiTest {
    @Test
    void a_group_is_found_by_display_id_and_by_don_with_get_and_post() {
        JsonNode group = Groups.create(api, "name", "Ops", "description", "d");
        for (String id : new String[] {group.get("display_id").asText(), group.get("id").asText()}) {
            assertEquals(group, api.get("/groups.get", "id=" + id).assertStatus(200).body().get("group"));
            assertEquals(group, api.post("/groups.get", json("id", id)).assertStatus(200).body().get("group"));
        }
    }

    @Test
    void a_read_token_may_get_a_group() {
        JsonNode group = Groups.create(api, "name", "Ops", "description", "d");
        tenant.as(tenant.adminId(), Scope.READ).get("/groups.get", "id=" + Groups.id(group)).assertStatus(200);
    }

    @Test
    void an_unknown_group_is_not_found_and_bad_ids_are_refused_naming_the_field() {
        api.get("/groups.get", "id=GROUP-999999999").assertError(404, "not_found", null).assertMessageContains("GROUP-999999999");
        api.get("/groups.get", "id=" + tenant.adminDisplayId()).assertError(400, "unexpected_id_type", "id");
        api.get("/groups.get", "id=GROUP-x").assertError(400, "invalid_id", "id");
        api.post("/groups.get", "{}").assertError(400, "missing_required_field", "id");
    }

    @Test
    void another_orgs_group_is_not_found_by_display_id_or_don() {
        Tenant other = server.newTenant();
        Api theirs = other.admin();
        JsonNode group = Groups.create(theirs, "name", "Secret", "description", "d");
        for (String id : new String[] {group.get("display_id").asText(), group.get("id").asText()}) {
            api.get("/groups.get", "id=" + id).assertError(404, "not_found", null);
            api.post("/groups.members.list", json("group", id)).assertError(404, "not_found", null);
            api.post("/groups.update", json("id", id, "name", "Hijacked")).assertError(404, "not_found", null);
            api.post("/groups.members.add", json("group", id, "member", tenant.adminDisplayId()))
                .assertError(404, "not_found", null);
        }
        assertEquals(group, theirs.get("/groups.get", "id=" + Groups.id(group)).assertStatus(200).body().get("group"));
        assertEquals(java.util.List.of(), Groups.members(theirs, group));
    }
}
