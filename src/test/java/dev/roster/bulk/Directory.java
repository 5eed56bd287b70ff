package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.testing.Api;
import java.util.List;

/** A small directory with every kind and relation, and exports compared without what may differ between stores. */
final class Directory {
    private Directory() {}

    /** Fills the admin's dev org: every kind, with tags, identities, owners, associations and members. */
    static void fill(Api admin) {
        String dev = admin.post("/dev-users.create", "{\"email\":\"ada@example.com\",\"state\":\"shadow\",\"full_name\":\"Ada\"}")
            .assertStatus(201).at("/dev_user/id");
        admin.post("/dev-users.identities.link", "{\"dev_user\":\"" + dev + "\",\"issuer\":\"github\",\"id\":\"ada-gh\","
            + "\"display_name\":\"ada\"}").assertStatus(200);
        String tag = admin.post("/tags.create", "{\"name\":\"vip\",\"allowed_values\":[\"gold\",\"silver\"]}")
            .assertStatus(201).at("/tag/id");
        String account = admin.post("/accounts.create", "{\"display_name\":\"Acme\",\"external_refs\":[\"acme\"],"
            + "\"domains\":[\"acme.com\"],\"owned_by\":[\"" + dev + "\"],\"tags\":[{\"id\":\"" + tag + "\",\"value\":\"gold\"}],"
            + "\"custom_fields\":{\"tier_score\":3}}").assertStatus(201).at("/account/id");
        String eu = admin.post("/rev-orgs.create", "{\"account\":\"" + account + "\",\"display_name\":\"Acme EU\","
            + "\"external_ref\":\"acme-eu\"}").assertStatus(201).at("/rev_org/id");
        String bo = admin.post("/rev-users.create", "{\"email\":\"bo@acme.com\",\"external_ref\":\"bo\",\"rev_org\":\"" + eu
            + "\",\"phone_numbers\":[\"+14155550123\"],\"tags\":[{\"id\":\"" + tag + "\",\"value\":\"silver\"}]}")
            .assertStatus(201).at("/rev_user/id");
        admin.post("/rev-users.create", "{\"display_name\":\"Cy\",\"external_ref\":\"cy\",\"account\":\"" + account + "\"}")
            .assertStatus(201);
        admin.post("/rev-users.associations.add", "{\"rev_user_id\":\"" + bo + "\",\"associations\":[{\"associated_to\":\""
            + account + "\"}]}").assertStatus(201);
        String staff = admin.post("/groups.create", "{\"name\":\"Staff\",\"description\":\"Our people\"}")
            .assertStatus(201).at("/group/id");
        admin.post("/groups.members.add", "{\"group\":\"" + staff + "\",\"member\":\"" + dev + "\"}").assertStatus(200);
        String customers = admin.post("/groups.create", "{\"name\":\"Customers\",\"description\":\"Theirs\","
            + "\"member_type\":\"rev_user\"}").assertStatus(201).at("/group/id");
        admin.post("/groups.members.add", "{\"group\":\"" + customers + "\",\"member\":\"" + bo + "\"}").assertStatus(200);
    }

    /**
     * An export as a sorted list of lines without ids (each store numbers its objects itself) and
     * without the bootstrap admin's line (each store makes its own): what a round trip keeps.
     */
    static List<String> comparable(List<JsonNode> lines) {
        return lines.stream().filter(line -> !"admin@roster.local".equals(line.path("email").textValue()))
            .map(line -> withoutIds(line.deepCopy()).toString()).sorted().toList();
    }

    private static JsonNode withoutIds(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("id", "display_id"));
            object.forEach(Directory::withoutIds);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Directory::withoutIds);
        }
        return node;
    }
}
