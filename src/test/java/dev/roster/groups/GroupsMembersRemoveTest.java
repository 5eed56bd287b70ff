package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsMembersRemoveTest extends ApiTest {
    private static final String REMOVE = "/groups.members.remove";

    @Test
    void removing_a_member_answers_an_empty_object_and_it_is_gone() {
        JsonNode group = Groups.create(api, "name", "Devs", "description", "d");
        JsonNode kept = DevUsers.create(api, "kept@example.com");
        JsonNode gone = DevUsers.create(api, "gone@example.com");
        Groups.add(api, group, kept);
        Groups.add(api, group, gone);
        assertEquals("{}", api.post(REMOVE, json("group", Groups.id(group), "member", gone.get("id").asText())).assertStatus(200).text());
        assertEquals(List.of(Groups.id(kept)), Groups.members(api, group));
    }

    @Test
    void removing_someone_who_is_not_a_member_is_not_found_and_removing_twice_too() {
        JsonNode group = Groups.create(api, "name", "Devs", "description", "d");
        JsonNode user = DevUsers.create(api, "user@example.com");
        api.post(REMOVE, json("group", Groups.id(group), "member", Groups.id(user)))
            .assertError(404, "not_found", null).assertMessageContains("not a member of " + Groups.id(group));
        Groups.add(api, group, user);
        api.post(REMOVE, json("group", Groups.id(group), "member", Groups.id(user))).assertStatus(200);
        api.post(REMOVE, json("group", Groups.id(group), "member", Groups.id(user))).assertError(404, "not_found", null);
        api.post(REMOVE, json("group", "GROUP-999999999", "member", Groups.id(user))).assertError(404, "not_found", null);
    }

    @Test
    void a_member_of_the_wrong_kind_is_refused_and_nothing_is_removed() {
        JsonNode group = Groups.create(api, "name", "Customers", "description", "d", "member_type", "rev_user");
        JsonNode contact = Groups.revUser(api, "contact");
        Groups.add(api, group, contact);
        api.post(REMOVE, json("group", Groups.id(group), "member", tenant.adminDisplayId()))
            .assertError(400, "value_not_permitted", "member");
        api.post(REMOVE, json("group", Groups.id(group), "member", "TAG-1")).assertError(400, "unexpected_id_type", "member");
        api.post(REMOVE, json("member", Groups.id(contact))).assertError(400, "missing_required_field", "group");
        assertEquals(List.of(Groups.id(contact)), Groups.members(api, group));
    }
}
