package dev.roster.groups;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A group's changes emit group_created and _updated; membership changes emit group_member_added and _removed. */
class GroupEventsTest extends ApiTest {
    @Test
    void create_and_update_emit_the_group_after_and_before() {
        Events events = Events.watch(api);
        JsonNode devs = Groups.create(api, "name", "Devs", "description", "d");
        assertEquals(devs, object(events.expect("group_created").getFirst(), "group"));

        JsonNode renamed = api.post("/groups.update", json("id", Groups.id(devs), "name", "Developers"))
            .assertStatus(200).body().get("group");
        JsonNode updated = events.expect("group_updated").getFirst();
        assertEquals(devs, object(updated, "old_group"));
        assertEquals(renamed, object(updated, "group"));
    }

    @Test
    void adding_and_removing_a_dev_user_emit_the_group_and_member_summaries() {
        JsonNode devs = Groups.create(api, "name", "Devs", "description", "d");
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Events events = Events.watch(api);
        Groups.add(api, devs, ada);
        JsonNode added = events.expect("group_member_added").getFirst();
        assertEquals(json("id", devs.get("id").asText(), "display_id", Groups.id(devs), "name", "Devs", "member_type", "dev_user"),
            object(added, "group").toString());
        JsonNode listed = api.get("/groups.members.list", "group=" + Groups.id(devs)).assertStatus(200).body().at("/members/0/member");
        assertEquals(listed, object(added, "member"));
        assertEquals(devs.get("id").asText(), added.get("object_id").asText());

        Groups.add(api, devs, ada);
        events.assertNone();

        api.post("/groups.members.remove", json("group", Groups.id(devs), "member", Groups.id(ada))).assertStatus(200);
        JsonNode removed = events.expect("group_member_removed").getFirst();
        assertEquals(listed, object(removed, "member"));
        assertEquals(object(added, "group"), object(removed, "group"));
    }

    @Test
    void a_rev_user_member_carries_its_rev_org() {
        JsonNode customers = Groups.create(api, "name", "Customers", "description", "d", "member_type", "rev_user");
        JsonNode ada = Groups.revUser(api, "ada");
        Events events = Events.watch(api);
        Groups.add(api, customers, ada);
        JsonNode member = object(events.expect("group_member_added").getFirst(), "member");
        assertEquals("rev_user", member.get("type").asText());
        assertEquals(ada.at("/rev_org/id").asText(), member.at("/rev_org/id").asText());
    }

    @Test
    void a_dev_user_merge_moves_memberships_and_ownership_with_their_events() {
        JsonNode primary = DevUsers.create(api, "primary@example.com");
        JsonNode secondary = DevUsers.create(api, "secondary@example.com");
        JsonNode both = Groups.create(api, "name", "Both", "description", "d", "owner", Groups.id(secondary));
        JsonNode secondaryOnly = Groups.create(api, "name", "Secondary", "description", "d");
        Groups.joinForMerge(api, both, secondaryOnly, primary, secondary);
        Events events = Events.watch(api);
        api.post("/dev-users.merge", json("primary_user", Groups.id(primary), "secondary_user", Groups.id(secondary)))
            .assertStatus(200);

        List<JsonNode> merged = events.expect("group_member_removed", "group_member_removed", "group_member_added",
            "group_updated", "dev_user_updated", "dev_user_updated");
        assertEquals(List.of(Groups.id(both), Groups.id(secondaryOnly), Groups.id(secondaryOnly)),
            merged.subList(0, 3).stream().map(e -> object(e, "group").get("display_id").asText()).toList());
        assertEquals(List.of(Groups.id(secondary), Groups.id(secondary), Groups.id(primary)),
            merged.subList(0, 3).stream().map(e -> object(e, "member").get("display_id").asText()).toList());
        assertEquals(both, object(merged.get(3), "old_group"));
        assertEquals(Groups.id(primary), object(merged.get(3), "group").at("/owner/display_id").asText());
    }

    @Test
    void a_rev_user_merge_adds_the_survivor_where_it_was_not_and_a_deletion_leaves_silently() {
        JsonNode both = Groups.create(api, "name", "Both", "description", "d", "member_type", "rev_user");
        JsonNode secondaryOnly = Groups.create(api, "name", "Secondary", "description", "d", "member_type", "rev_user");
        JsonNode primary = Groups.revUser(api, "primary");
        JsonNode secondary = Groups.revUser(api, "secondary");
        Groups.joinForMerge(api, both, secondaryOnly, primary, secondary);
        Events events = Events.watch(api);
        api.post("/rev-users.merge", json("primary_user", Groups.id(primary), "secondary_user", Groups.id(secondary)))
            .assertStatus(200);

        List<JsonNode> merged = events.expect("group_member_added", "rev_user_updated", "rev_user_deleted");
        assertEquals(Groups.id(secondaryOnly), object(merged.get(0), "group").get("display_id").asText());
        assertEquals(Groups.id(primary), object(merged.get(0), "member").get("display_id").asText());

        api.post("/rev-users.delete", json("id", Groups.id(primary))).assertStatus(200);
        events.expect("rev_user_deleted");
    }

    @Test
    void a_refused_change_emits_nothing() {
        JsonNode devs = Groups.create(api, "name", "Devs", "description", "d");
        Groups.create(api, "name", "Ops", "description", "d");
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Events events = Events.watch(api);
        api.post("/groups.create", json("name", "devs", "description", "d")).assertError(400, "value_not_permitted", "name");
        api.post("/groups.update", json("id", Groups.id(devs), "name", "OPS")).assertError(400, "value_not_permitted", "name");
        api.post("/groups.members.remove", json("group", Groups.id(devs), "member", Groups.id(ada)))
            .assertError(404, "not_found", null);
        JsonNode customer = Groups.revUser(api, "customer");
        events.expect("account_created", "rev_org_created", "rev_user_created");
        api.post("/groups.members.add", json("group", Groups.id(devs), "member", Groups.id(customer)))
            .assertError(400, "value_not_permitted", "member");
        events.assertNone();
        assertEquals(List.of(), Groups.members(api, devs));
    }
}
