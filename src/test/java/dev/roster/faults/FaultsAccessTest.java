package dev.roster.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Faults and the journal: an org's admin token only, checked input, a bounded number, gone with their dev org. */
class FaultsAccessTest extends ApiTest {
    private static final List<String> OPERATIONS = List.of("/_roster/faults.create", "/_roster/faults.list",
        "/_roster/faults.delete", "/_roster/faults.clear", "/_roster/requests.list", "/_roster/requests.clear");

    @Test
    void only_an_admin_token_of_the_org_opens_them() {
        long user = DevUsers.number(DevUsers.create(api, "someone@example.com"));
        for (Scope scope : List.of(Scope.READ, Scope.WRITE)) {
            Api client = tenant.as(user, scope);
            for (String path : OPERATIONS) client.post(path, "{}").assertError(403, "forbidden", null);
        }
        for (String path : OPERATIONS) {
            server.operator().post(path, "{}").assertError(403, "forbidden", null).assertMessageContains("operator token");
            api.anonymous().post(path, "{}").assertError(401, "unauthenticated", null);
        }
    }

    @Test
    void bad_faults_are_refused_naming_the_field() {
        String create = "/_roster/faults.create";
        api.post(create, "{}").assertError(400, "missing_required_field", "operation");
        api.post(create, json("operation", "tags.explode", "delay_ms", 5)).assertError(400, "value_not_permitted", "operation");
        api.post(create, json("operation", "_roster/faults.list", "delay_ms", 5)).assertError(400, "value_not_permitted",
            "operation");
        api.post(create, json("operation", "tags.list")).assertError(400, "value_not_permitted", "respond")
            .assertMessageContains("exactly one");
        api.post(create, json("operation", "tags.list", "delay_ms", 5, "drop_connection", true))
            .assertError(400, "value_not_permitted", "drop_connection");
        api.post(create, json("operation", "tags.list", "delay_ms", 60_001)).assertError(400, "value_not_permitted", "delay_ms");
        api.post(create, json("operation", "tags.list", "delay_ms", 0)).assertError(400, "value_not_permitted", "delay_ms");
        api.post(create, json("operation", "tags.list", "drop_connection", false))
            .assertError(400, "value_not_permitted", "drop_connection");
        api.post(create, json("operation", "tags.list", "times", -1, "delay_ms", 5)).assertError(400, "value_not_permitted", "times");
        api.post(create, json("operation", "tags.list", "respond", Map.of())).assertError(400, "missing_required_field",
            "respond.status");
        api.post(create, json("operation", "tags.list", "respond", Map.of("status", 418)))
            .assertError(400, "value_not_permitted", "respond.status");
        api.post(create, json("operation", "tags.list", "respond", Map.of("status", 409)))
            .assertError(400, "value_not_permitted", "respond.status").assertMessageContains("rev-users.create");
        api.post(create, json("operation", "tags.list", "respond", Map.of("status", 404, "type", "conflict")))
            .assertError(400, "invalid_enum_value", "respond.type");
        api.post(create, json("operation", "tags.list", "respond", Map.of("status", 400, "type", "invalid_field")))
            .assertError(400, "missing_required_field", "respond.field_name");
        api.post(create, json("operation", "tags.list", "respond", Map.of("status", 500, "retry_after", 3)))
            .assertError(400, "value_not_permitted", "respond.retry_after");
        api.post(create, json("operation", "tags.list", "respond", Map.of("status", "500")))
            .assertError(400, "unexpected_json_type", "respond.status");
        Map<String, Integer> many = new java.util.HashMap<>();
        for (int i = 0; i < 33; i++) many.put("f" + i, i);
        api.post(create, json("operation", "tags.list", "delay_ms", 5, "match", many)).assertError(400, "value_not_permitted",
            "match");
        assertEquals(0, api.get("/_roster/faults.list").assertStatus(200).body().get("faults").size());
    }

    @Test
    void a_created_fault_shows_every_field_as_given_or_defaulted() {
        var fault = api.post("/_roster/faults.create", json("operation", "tags.list", "delay_ms", 5)).assertStatus(201)
            .body().get("fault");
        assertTrue(fault.get("id").asText().startsWith("fault-"));
        assertEquals("{}", fault.get("match").toString());
        assertEquals(0, fault.get("after").asInt());
        assertEquals(1, fault.get("times").asInt());
        assertEquals(5, fault.get("delay_ms").asInt());
        assertEquals(false, fault.get("after_commit").asBoolean());
        assertEquals(0, fault.get("fired").asInt());
    }

    @Test
    void a_dev_org_holds_at_most_100_faults_and_delete_names_only_its_own() {
        for (int i = 0; i < FaultService.MAX_PER_ORG; i++) {
            api.post("/_roster/faults.create", json("operation", "tags.list", "delay_ms", 1, "after", 1_000_000)).assertStatus(201);
        }
        api.post("/_roster/faults.create", json("operation", "tags.list", "delay_ms", 1)).assertError(400, "bad_request", null)
            .assertMessageContains("100 faults");
        String id = api.get("/_roster/faults.list").body().at("/faults/0/id").asText();
        Api other = server.newTenant().admin();
        other.post("/_roster/faults.delete", json("id", id)).assertError(404, "not_found", null);
        other.post("/_roster/faults.delete", json("id", "fault-0")).assertError(404, "not_found", null);
        api.post("/_roster/faults.delete", json("id", id)).assertStatus(200);
        api.post("/_roster/faults.delete", json("id", id)).assertError(404, "not_found", null);
        assertEquals(99, api.get("/_roster/faults.list").body().get("faults").size());
    }

    @Test
    void deleting_a_dev_org_forgets_its_faults_and_journal() {
        Api operator = server.operator();
        var created = operator.post("/_roster/dev-orgs.create", "{}").assertStatus(201).body();
        Api doomed = new Api(server.baseUrl(), created.get("token").asText());
        doomed.post("/_roster/faults.create", json("operation", "*", "times", 0, "delay_ms", 1)).assertStatus(201);
        doomed.get("/tags.list").assertStatus(200);
        String display = created.at("/dev_org/display_id").asText();
        long org = Long.parseLong(display.substring("DEV-".length()));
        assertEquals(1, server.services().faults().list(org).size());
        operator.post("/_roster/dev-orgs.delete", json("id", display)).assertStatus(200);
        assertEquals(0, server.services().faults().list(org).size());
        assertEquals(0, dev.roster.journal.JournalAccess.entries(server.services().journal(), org));
    }
}
