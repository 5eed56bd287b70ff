package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupsMembersAddTest extends ApiTest {
    private static final String ADD = "/groups.members.add";
    private JsonNode devGroup;
    private JsonNode revGroup;
    private JsonNode devUser;
    private JsonNode revUser;

    @BeforeEach
    void makeGroupsAndUsers() {
        devGroup = Groups.create(api, "name", "Devs", "description", "d");
        revGroup = Groups.create(api, "name", "Customers", "description", "d", "member_type", "rev_user");
        devUser = DevUsers.create(api, "dev@example.com");
        revUser = Groups.revUser(api, "contact");
    }

    @Test
    void adding_answers_an_empty_object_and_adding_again_changes_nothing() {
        assertEquals("{}", api.post(ADD, json("group", Groups.id(devGroup), "member", Groups.id(devUser))).assertStatus(200).text());
        api.post(ADD, json("group", devGroup.get("id").asText(), "member", devUser.get("id").asText())).assertStatus(200);
        assertEquals(List.of(Groups.id(devUser)), Groups.members(api, devGroup));
    }

    @Test
    void a_rev_user_joins_a_rev_user_group_with_or_without_its_rev_org() {
        api.post(ADD, json("group", Groups.id(revGroup), "member", Groups.id(revUser),
            "member_rev_org", revUser.at("/rev_org/display_id").asText())).assertStatus(200);
        JsonNode other = Groups.revUser(api, "second");
        Groups.add(api, revGroup, other);
        assertEquals(List.of(Groups.id(revUser), Groups.id(other)), Groups.members(api, revGroup));
    }

    @Test
    void a_member_of_the_wrong_kind_is_refused_and_nothing_is_added() {
        api.post(ADD, json("group", Groups.id(devGroup), "member", Groups.id(revUser)))
            .assertError(400, "value_not_permitted", "member").assertMessageContains("dev user");
        api.post(ADD, json("group", Groups.id(revGroup), "member", Groups.id(devUser)))
            .assertError(400, "value_not_permitted", "member").assertMessageContains("rev user");
        api.post(ADD, json("group", Groups.id(devGroup), "member", "ACC-1")).assertError(400, "unexpected_id_type", "member");
        api.post(ADD, json("group", Groups.id(devGroup), "member", Groups.id(devUser), "member_rev_org",
            revUser.at("/rev_org/display_id").asText())).assertError(400, "value_not_permitted", "member_rev_org");
        String elsewhere = Groups.revUser(api, "elsewhere").at("/rev_org/display_id").asText();
        api.post(ADD, json("group", Groups.id(revGroup), "member", Groups.id(revUser), "member_rev_org", elsewhere))
            .assertError(400, "value_not_permitted", "member_rev_org").assertMessageContains(elsewhere);
        assertEquals(List.of(), Groups.members(api, devGroup));
        assertEquals(List.of(), Groups.members(api, revGroup));
    }

    @Test
    void a_member_or_group_that_does_not_exist_is_not_found() {
        api.post(ADD, json("group", Groups.id(devGroup), "member", "DEVU-999999999"))
            .assertError(404, "not_found", null).assertMessageContains("DEVU-999999999");
        api.post(ADD, json("group", Groups.id(revGroup), "member", "REVU-999999999")).assertError(404, "not_found", null);
        api.post(ADD, json("group", "GROUP-999999999", "member", Groups.id(devUser))).assertError(404, "not_found", null);
        var other = server.newTenant();
        api.post(ADD, json("group", Groups.id(devGroup), "member", "don:identity:dvrv-us-1:devo/" + other.orgId() + ":devu/"
            + other.adminId())).assertError(404, "not_found", null);
        api.post(ADD, json("group", Groups.id(devGroup))).assertError(400, "missing_required_field", "member");
        assertEquals(List.of(), Groups.members(api, devGroup));
    }

    @Test
    void a_merged_away_dev_user_cannot_join() {
        JsonNode survivor = DevUsers.create(api, "survivor@example.com");
        api.post("/dev-users.merge", json("primary_user", Groups.id(survivor), "secondary_user", Groups.id(devUser)))
            .assertStatus(200);
        api.post(ADD, json("group", Groups.id(devGroup), "member", Groups.id(devUser)))
            .assertError(400, "value_not_permitted", "member").assertMessageContains("merged");
    }

    @Test
    void adding_and_removing_need_the_admin_scope_and_reading_members_the_read_scope() {
        var reader = tenant.as(tenant.adminId(), Scope.READ);
        reader.post(ADD, json("group", Groups.id(devGroup), "member", Groups.id(devUser))).assertError(403, "forbidden", null);
        tenant.as(tenant.adminId(), Scope.WRITE).post(ADD, json("group", Groups.id(devGroup), "member", Groups.id(devUser)))
            .assertError(403, "forbidden", null);
        Groups.add(api, devGroup, devUser);
        reader.post("/groups.members.remove", json("group", Groups.id(devGroup), "member", Groups.id(devUser)))
            .assertError(403, "forbidden", null);
        assertEquals(List.of(Groups.id(devUser)), Groups.members(reader, devGroup));
    }

    @Test
    void of_32_concurrent_adds_of_one_member_all_succeed_and_it_is_a_member_once() throws Exception {
        List<Callable<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String member = i % 2 == 0 ? Groups.id(revUser) : revUser.get("id").asText();
            calls.add(() -> api.post(ADD, json("group", Groups.id(revGroup), "member", member)));
        }
        Parallel.inParallel(calls).forEach(response -> response.assertStatus(200));
        assertEquals(List.of(Groups.id(revUser)), Groups.members(api, revGroup));
    }
}
