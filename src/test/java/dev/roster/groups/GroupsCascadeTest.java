package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What happens to memberships when their users are deleted, erased, merged or deactivated. */
class GroupsCascadeTest extends ApiTest {
    @Test
    void a_deleted_rev_user_leaves_every_group() {
        JsonNode first = Groups.create(api, "name", "One", "description", "d", "member_type", "rev_user");
        JsonNode second = Groups.create(api, "name", "Two", "description", "d", "member_type", "rev_user");
        JsonNode gone = Groups.revUser(api, "gone");
        JsonNode kept = Groups.revUser(api, "kept");
        for (JsonNode group : List.of(first, second)) {
            Groups.add(api, group, gone);
            Groups.add(api, group, kept);
        }
        api.post("/rev-users.delete", json("id", Groups.id(gone))).assertStatus(200);
        assertEquals(List.of(Groups.id(kept)), Groups.members(api, first));
        assertEquals(List.of(Groups.id(kept)), Groups.members(api, second));
        api.post("/groups.members.remove", json("group", Groups.id(first), "member", Groups.id(gone)))
            .assertError(404, "not_found", null);
    }

    @Test
    void an_erased_rev_user_leaves_every_group() {
        JsonNode group = Groups.create(api, "name", "One", "description", "d", "member_type", "rev_user");
        JsonNode erased = Groups.revUser(api, "erased");
        Groups.add(api, group, erased);
        api.post("/rev-users.delete-personal-data", json("email", "erased@example.com")).assertStatus(200);
        assertEquals(List.of(), Groups.members(api, group));
    }

    @Test
    void a_merged_rev_users_memberships_move_to_the_survivor_without_duplicates() {
        JsonNode both = Groups.create(api, "name", "Both", "description", "d", "member_type", "rev_user");
        JsonNode secondaryOnly = Groups.create(api, "name", "Secondary", "description", "d", "member_type", "rev_user");
        JsonNode primary = Groups.revUser(api, "primary");
        JsonNode secondary = Groups.revUser(api, "secondary");
        Groups.joinForMerge(api, both, secondaryOnly, primary, secondary);
        api.post("/rev-users.merge", json("primary_user", Groups.id(primary), "secondary_user", Groups.id(secondary)))
            .assertStatus(200);
        assertEquals(List.of(Groups.id(primary)), Groups.members(api, both));
        assertEquals(List.of(Groups.id(primary)), Groups.members(api, secondaryOnly));
    }

    @Test
    void a_merged_dev_users_memberships_and_owned_groups_move_to_the_survivor_without_duplicates() {
        JsonNode primary = DevUsers.create(api, "primary@example.com");
        JsonNode secondary = DevUsers.create(api, "secondary@example.com");
        JsonNode both = Groups.create(api, "name", "Both", "description", "d", "owner", Groups.id(secondary));
        JsonNode secondaryOnly = Groups.create(api, "name", "Secondary", "description", "d");
        Groups.joinForMerge(api, both, secondaryOnly, primary, secondary);
        api.post("/dev-users.merge", json("primary_user", Groups.id(primary), "secondary_user", Groups.id(secondary)))
            .assertStatus(200);
        assertEquals(List.of(Groups.id(primary)), Groups.members(api, both));
        assertEquals(List.of(Groups.id(primary)), Groups.members(api, secondaryOnly));
        assertEquals(Groups.id(primary), api.get("/groups.get", "id=" + Groups.id(both)).assertStatus(200).at("/group/owner/display_id"));
    }

    @Test
    void a_deactivated_dev_user_stays_a_member_as_in_devrev() {
        JsonNode group = Groups.create(api, "name", "Devs", "description", "d");
        JsonNode user = DevUsers.create(api, "active@example.com");
        api.post("/dev-users.activate", json("id", Groups.id(user))).assertStatus(200);
        Groups.add(api, group, user);
        api.post("/dev-users.deactivate", json("id", Groups.id(user))).assertStatus(200);
        assertEquals(List.of(Groups.id(user)), Groups.members(api, group));
        JsonNode member = api.get("/groups.members.list", "group=" + Groups.id(group)).assertStatus(200).body().at("/members/0/member");
        assertEquals("deactivated", member.get("state").asText());
    }
}
