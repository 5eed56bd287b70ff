package dev.roster.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.Tenant;
import org.junit.jupiter.api.Test;

class SnapshotsCreateTest extends ApiTest {
    private static final String CREATE = "/_roster/snapshots.create";

    @Test
    void a_snapshot_answers_201_with_its_name_date_and_object_count() {
        api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201);
        var snapshot = api.post(CREATE, json("name", "Before_v1.2-rc")).assertStatus(201).body().get("snapshot");
        assertEquals("Before_v1.2-rc", snapshot.get("name").asText());
        assertEquals(3, snapshot.get("object_count").asLong(), "the admin, the account and its default rev org");
    }

    @Test
    void a_taken_name_and_initial_are_refused_naming_the_reason() {
        api.post(CREATE, json("name", "s")).assertStatus(201);
        api.post(CREATE, json("name", "s")).assertError(400, "value_not_permitted", "name").assertMessageContains("already exists");
        api.post(CREATE, json("name", "initial")).assertError(400, "value_not_permitted", "name")
            .assertMessageContains("/_roster/reset");
    }

    @Test
    void names_are_1_to_64_letters_digits_dashes_underscores_and_dots() {
        for (String bad : new String[] {"", "a b", "x".repeat(65), "é", "a/b", "a\u0000"}) {
            api.post(CREATE, json("name", bad)).assertStatus(400);
        }
        api.post(CREATE, json("name", "x".repeat(64))).assertStatus(201);
        api.post(CREATE, "{}").assertError(400, "missing_required_field", "name");
        api.post(CREATE, json("name", 1)).assertError(400, "unexpected_json_type", "name");
    }

    @Test
    void another_dev_org_can_use_the_same_name_and_never_sees_this_one() {
        api.post(CREATE, json("name", "mine")).assertStatus(201);
        Tenant other = server.newTenant();
        other.admin().post("/_roster/snapshots.restore", json("name", "mine")).assertError(404, "not_found", null);
        other.admin().post("/_roster/snapshots.export", json("name", "mine")).assertError(404, "not_found", null);
        other.admin().post("/_roster/snapshots.delete", json("name", "mine")).assertError(404, "not_found", null);
        assertEquals(1, other.admin().get("/_roster/snapshots.list").assertStatus(200).body().get("snapshots").size(),
            "only its own initial");
        other.admin().post(CREATE, json("name", "mine")).assertStatus(201);
        api.post("/_roster/snapshots.restore", json("name", "mine")).assertStatus(200);
    }

    @Test
    void only_an_admin_token_of_the_org_opens_snapshots_and_reset() {
        api.post(CREATE, json("name", "s")).assertStatus(201);
        Api operator = server.operator();
        Api reader = tenant.as(tenant.adminId(), Scope.READ);
        Api writer = tenant.as(tenant.adminId(), Scope.WRITE);
        String[][] calls = {
            {"/_roster/snapshots.create", json("name", "t")}, {"/_roster/snapshots.restore", json("name", "s")},
            {"/_roster/reset", "{}"}, {"/_roster/snapshots.list", "{}"}, {"/_roster/snapshots.delete", json("name", "s")},
            {"/_roster/snapshots.export", json("name", "s")},
            {"/_roster/snapshots.import", json("name", "t", "document", java.util.Map.of("version", 1, "tables", java.util.Map.of()))}};
        for (String[] call : calls) {
            for (Api refused : new Api[] {operator, reader, writer}) {
                refused.post(call[0], call[1]).assertError(403, "forbidden", null);
            }
            api.anonymous().post(call[0], call[1]).assertError(401, "unauthenticated", null);
        }
        operator.get("/_roster/snapshots.list").assertError(403, "forbidden", null);
        api.post("/_roster/snapshots.restore", json("name", "s")).assertStatus(200);
    }
}
