package dev.roster.groups;

import static dev.roster.testing.ApiTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import java.util.ArrayList;
import java.util.List;

/** Shortcuts for the group tests, through the API like any client. */
final class Groups {
    private Groups() {}

    static JsonNode create(Api api, Object... fields) {
        return api.post("/groups.create", json(fields)).assertStatus(201).body().get("group");
    }

    static JsonNode revUser(Api api, String name) {
        JsonNode account = api.post("/accounts.create", json("display_name", "Account of " + name)).assertStatus(201).body();
        return api.post("/rev-users.create", json("display_name", name, "email", name + "@example.com",
            "account", id(account.get("account")))).assertStatus(201).body().get("rev_user");
    }

    static void add(Api api, JsonNode group, JsonNode member) {
        api.post("/groups.members.add", json("group", id(group), "member", id(member))).assertStatus(200);
    }

    /** Where merge tests start: both users in {@code both}, the secondary alone in {@code secondaryOnly}. */
    static void joinForMerge(Api api, JsonNode both, JsonNode secondaryOnly, JsonNode primary, JsonNode secondary) {
        add(api, both, primary);
        add(api, both, secondary);
        add(api, secondaryOnly, secondary);
    }

    /** The display ids of every member of the group, page by page. */
    static List<String> members(Api api, JsonNode group) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.post("/groups.members.list", cursor == null ? json("group", id(group))
                : json("group", id(group), "cursor", cursor)).assertStatus(200).body();
            page.get("members").forEach(m -> ids.add(m.at("/member/display_id").asText()));
            cursor = page.path("next_cursor").asText(null);
        } while (cursor != null);
        return ids;
    }

    static String id(JsonNode object) { return object.get("display_id").asText(); }
}
