package dev.roster.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsMembersListTest extends ApiTest {
    private static final String LIST = "/groups.members.list";

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("members").forEach(m -> ids.add(m.at("/member/display_id").asText()));
        return ids;
    }

    @Test
    void a_dev_user_member_shows_as_a_dev_user_summary() {
        JsonNode group = Groups.create(api, "name", "Devs", "description", "d");
        JsonNode user = DevUsers.create(api, "dev@example.com");
        Groups.add(api, group, user);
        JsonNode member = api.get(LIST, "group=" + Groups.id(group)).assertStatus(200).body().at("/members/0");
        assertEquals("dev_user", member.at("/member/type").asText());
        assertEquals(user.get("id").asText(), member.at("/member/id").asText());
        assertEquals("dev@example.com", member.at("/member/email").asText());
        assertEquals("shadow", member.at("/member/state").asText());
        assertFalse(member.has("member_rev_org"), member.toString());
    }

    @Test
    void a_rev_user_member_shows_with_its_rev_org() {
        JsonNode group = Groups.create(api, "name", "Customers", "description", "d", "member_type", "rev_user");
        JsonNode contact = Groups.revUser(api, "contact");
        Groups.add(api, group, contact);
        JsonNode member = api.post(LIST, json("group", group.get("id").asText())).assertStatus(200).body().at("/members/0");
        assertEquals("rev_user", member.at("/member/type").asText());
        assertEquals(contact.get("id").asText(), member.at("/member/id").asText());
        assertEquals("contact@example.com", member.at("/member/email").asText());
        assertEquals(contact.at("/rev_org/id").asText(), member.at("/member_rev_org/id").asText());
        assertEquals(contact.at("/rev_org/id").asText(), member.at("/member/rev_org/id").asText());
    }

    @Test
    void members_come_in_pages_in_the_order_they_were_added() {
        JsonNode group = Groups.create(api, "name", "Devs", "description", "d");
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            JsonNode user = DevUsers.create(api, "dev" + i + "@example.com");
            Groups.add(api, group, user);
            added.add(Groups.id(user));
            letTheClockTick();
        }
        JsonNode first = api.get(LIST, "limit=2&group=" + Groups.id(group)).assertStatus(200).body();
        assertEquals(added.subList(0, 2), ids(first));
        JsonNode second = api.post(LIST, json("group", Groups.id(group), "limit", 2, "cursor", first.get("next_cursor").asText()))
            .assertStatus(200).body();
        assertEquals(added.subList(2, 4), ids(second));
        JsonNode back = api.post(LIST, json("group", Groups.id(group), "limit", 2, "mode", "before",
            "cursor", second.get("prev_cursor").asText())).assertStatus(200).body();
        assertEquals(added.subList(0, 2), ids(back));
        assertEquals(added, Groups.members(api, group));
    }

    @Test
    void an_unknown_group_is_not_found_and_bad_input_is_refused_naming_the_field() {
        api.get(LIST, "group=GROUP-999999999").assertError(404, "not_found", null);
        api.get(LIST, "").assertError(400, "missing_required_field", "group");
        api.get(LIST, "group=" + tenant.adminDisplayId()).assertError(400, "unexpected_id_type", "group");
        JsonNode group = Groups.create(api, "name", "Devs", "description", "d");
        api.get(LIST, "group=" + Groups.id(group) + "&limit=1000").assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("group", Groups.id(group), "mode", "sideways")).assertError(400, "invalid_enum_value", "mode");
    }
}
