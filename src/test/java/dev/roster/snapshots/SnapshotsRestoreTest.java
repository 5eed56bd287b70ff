package dev.roster.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.fuzz.Directory;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotsRestoreTest extends ApiTest {
    private static final String CREATE = "/_roster/snapshots.create";
    private static final String RESTORE = "/_roster/snapshots.restore";

    @Test
    void creates_updates_deletes_merges_links_and_tags_since_the_snapshot_are_undone() {
        Directory d = Directory.create(api, "r");
        Map<String, String> before = d.snapshot(api);
        String listedBefore = OrgView.of(api);
        JsonNode taken = api.post(CREATE, json("name", "before")).assertStatus(201).body();
        assertEquals("before", taken.at("/snapshot/name").asText());
        assertEquals(12, taken.at("/snapshot/object_count").asLong(), "3 dev users, a tag, 2 accounts, 3 rev orgs, 2 rev users, a group");

        api.post("/accounts.create", json("display_name", "New since")).assertStatus(201);
        api.post("/accounts.update", json("id", Directory.id(d.account), "display_name", "Renamed", "tags", List.of()))
            .assertStatus(200);
        api.post("/dev-users.identities.unlink", json("dev_user", Directory.id(d.devUser), "issuer", "github")).assertStatus(200);
        api.post("/rev-users.associations.remove", json("rev_user_id", Directory.id(d.revUser),
            "associations", List.of(Directory.id(d.account)))).assertStatus(204);
        api.post("/rev-users.merge", json("primary_user", Directory.id(d.revUser), "secondary_user", Directory.id(d.revUser2)))
            .assertStatus(200);
        api.post("/accounts.merge", json("primary_account", Directory.id(d.account), "secondary_account",
            Directory.id(d.account2))).assertStatus(200);
        api.post("/dev-users.merge", json("primary_user", Directory.id(d.devUser), "secondary_user", Directory.id(d.devUser2)))
            .assertStatus(200);
        api.post("/rev-orgs.delete", json("id", Directory.id(d.revOrg))).status();
        api.post("/tags.delete", json("id", Directory.id(d.tag))).assertStatus(200);

        assertEquals("before", api.post(RESTORE, json("name", "before")).assertStatus(200).at("/snapshot/name"));

        assertEquals(before, d.snapshot(api), "every object is back with its id, display id and relations");
        assertEquals(listedBefore, OrgView.of(api), "and nothing made since is left");
    }

    @Test
    void ids_issued_after_a_restore_are_new() {
        api.post(CREATE, json("name", "empty")).assertStatus(201);
        String made = api.post("/accounts.create", json("display_name", "Made")).assertStatus(201).at("/account/display_id");
        String tag = api.post("/tags.create", json("name", "t")).assertStatus(201).at("/tag/display_id");
        api.post(RESTORE, json("name", "empty")).assertStatus(200);

        api.get("/accounts.get", "id=" + made).assertError(404, "not_found", null);
        String next = api.post("/accounts.create", json("display_name", "Next")).assertStatus(201).at("/account/display_id");
        String nextTag = api.post("/tags.create", json("name", "t")).assertStatus(201).at("/tag/display_id");
        assertTrue(number(next) > number(made), next + " comes after " + made);
        assertTrue(number(nextTag) > number(tag), nextTag + " comes after " + tag);
    }

    @Test
    void tokens_survive_but_those_of_dev_users_made_since_answer_401_at_once() {
        Api reader = tenant.as(tenant.adminId(), Scope.READ);
        api.post(CREATE, json("name", "s")).assertStatus(201);
        long newcomer = DevUsers.number(DevUsers.create(api, "newcomer@example.com"));
        api.post("/dev-users.activate", json("id", "DEVU-" + newcomer)).status();
        Api theirs = tenant.as(newcomer, Scope.ADMIN);
        theirs.get("/dev-users.self").assertStatus(200);

        api.post(RESTORE, json("name", "s")).assertStatus(200);

        theirs.get("/dev-users.self").assertError(401, "unauthenticated", null);
        reader.get("/dev-users.self").assertStatus(200);
        api.get("/dev-users.self").assertStatus(200);
    }

    @Test
    void a_dev_user_deactivated_since_is_active_again_and_its_tokens_work() {
        long bo = DevUsers.number(DevUsers.create(api, "bo@example.com"));
        api.post("/dev-users.activate", json("id", "DEVU-" + bo)).status();
        Api boApi = tenant.as(bo, Scope.READ);
        boApi.get("/dev-users.self").assertStatus(200);
        api.post(CREATE, json("name", "s")).assertStatus(201);
        api.post("/dev-users.deactivate", json("id", "DEVU-" + bo)).assertStatus(200);
        boApi.get("/dev-users.self").assertError(401, "unauthenticated", null);

        api.post(RESTORE, json("name", "s")).assertStatus(200);

        boApi.get("/dev-users.self").assertStatus(200);
    }

    @Test
    void unknown_and_bad_names_change_nothing() {
        String account = api.post("/accounts.create", json("display_name", "Kept")).assertStatus(201).at("/account/display_id");
        api.post(RESTORE, json("name", "nope")).assertError(404, "not_found", null);
        api.post(RESTORE, json("name", "bad name")).assertError(400, "value_not_permitted", "name");
        api.post(RESTORE, "{}").assertError(400, "missing_required_field", "name");
        api.post(RESTORE, json("name", 7)).assertError(400, "unexpected_json_type", "name");
        api.get("/accounts.get", "id=" + account).assertStatus(200);
    }

    private static long number(String displayId) {
        return Long.parseLong(displayId.substring(displayId.indexOf('-') + 1));
    }
}
