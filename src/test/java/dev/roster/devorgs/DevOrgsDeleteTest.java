package dev.roster.devorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.store.Engine;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DevOrgsDeleteTest extends ApiTest {
    private static final String DELETE = "/_roster/dev-orgs.delete";

    /** A new org filled with one of everything: dev users with identities, tags, accounts, rev orgs, rev users, groups. */
    private JsonNode filledOrg() {
        JsonNode created = server.operator().post("/_roster/dev-orgs.create", "{}").assertStatus(201).body();
        Api admin = new Api(server.baseUrl(), created.get("token").asText());
        String ada = admin.post("/dev-users.create", json("email", "ada@example.com", "state", "shadow"))
            .assertStatus(201).at("/dev_user/id");
        admin.post("/dev-users.identities.link", json("dev_user", ada, "issuer", "github", "id", "ada"))
            .assertStatus(200);
        String tag = admin.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/id");
        String account = admin.post("/accounts.create", json("display_name", "Acme", "domains", List.of("acme.com"),
            "external_refs", List.of("acme-1"), "websites", List.of("acme.com"), "owned_by", List.of(ada),
            "tags", List.of(Map.of("id", tag)))).assertStatus(201).at("/account/id");
        String revUser = admin.post("/rev-users.create", json("email", "bo@acme.com", "account", account,
            "external_ref", "bo-1", "phone_numbers", List.of("+14155550123"))).assertStatus(201).at("/rev_user/id");
        admin.post("/rev-users.associations.add", json("rev_user", revUser, "associations",
            List.of(Map.of("account", account)))).status();
        String group = admin.post("/groups.create", json("name", "team", "description", "d")).assertStatus(201).at("/group/id");
        admin.post("/groups.members.add", json("group", group, "member", ada)).assertStatus(200);
        return created;
    }

    @Test
    void everything_of_the_org_is_gone_its_token_answers_401_at_once_and_others_are_untouched() {
        JsonNode doomed = filledOrg();
        Api doomedAdmin = new Api(server.baseUrl(), doomed.get("token").asText());
        doomedAdmin.get("/dev-users.self").assertStatus(200);
        String mine = api.post("/accounts.create", json("display_name", "Mine")).assertStatus(201).at("/account/id");

        assertEquals("{}", server.operator().post(DELETE, json("id", doomed.at("/dev_org/id").asText()))
            .assertStatus(200).body().toString());

        doomedAdmin.get("/dev-users.self").assertError(401, "unauthenticated", null);
        long orgId = Long.parseLong(doomed.at("/dev_org/display_id").asText().substring(4));
        for (String table : DevOrgStore.ORG_TABLES) {
            assertEquals(0L, (long) server.services().db().read(tx -> tx.first(
                "select count(*) as n from " + table + " where org_id = ?", rs -> rs.getLong("n"), orgId).orElseThrow()),
                table);
        }
        assertEquals("Mine", api.post("/accounts.get", json("id", mine)).assertStatus(200).at("/account/display_name"));
        server.operator().post(DELETE, json("id", doomed.at("/dev_org/display_id").asText())).assertError(404, "not_found", null);
    }

    @Test
    void every_table_with_an_org_id_column_is_purged() {
        List<String> tables = server.services().db().read(tx -> tx.engine() == Engine.POSTGRESQL
            ? tx.list("select distinct table_name as name from information_schema.columns"
                + " where table_schema = current_schema() and column_name = 'org_id'", rs -> rs.getString("name"))
            : tx.list("select distinct m.name as name from sqlite_master m, pragma_table_info(m.name) c"
                + " where m.type = 'table' and c.name = 'org_id'", rs -> rs.getString("name")));
        assertEquals(DevOrgStore.ORG_TABLES.size(), new TreeSet<>(DevOrgStore.ORG_TABLES).size(), "no table twice");
        assertEquals(new TreeSet<>(tables), new TreeSet<>(DevOrgStore.ORG_TABLES),
            "DevOrgStore.ORG_TABLES names every table with an org_id column, and only those");
    }

    @Test
    void unknown_ids_answer_404_and_other_kinds_of_id_400() {
        Api operator = server.operator();
        operator.post(DELETE, json("id", "DEV-999999999")).assertError(404, "not_found", null);
        operator.post(DELETE, json("id", "don:identity:dvrv-us-1:devo/999999999")).assertError(404, "not_found", null);
        operator.post(DELETE, json("id", "DEVU-1")).assertError(400, "unexpected_id_type", "id");
        operator.post(DELETE, json("id", "nonsense")).assertError(400, "invalid_id", "id");
        operator.post(DELETE, json("id", 1)).assertError(400, "unexpected_json_type", "id");
        operator.post(DELETE, "{}").assertError(400, "missing_required_field", "id");
    }

    @Test
    void the_default_dev_org_is_refused_and_keeps_working() {
        server.operator().post(DELETE, json("id", "DEV-1")).assertError(400, "value_not_permitted", "id")
            .assertMessageContains("default dev org");
        assertEquals("DEV-1", server.operator().get("/_roster/dev-orgs.list", "limit=1").assertStatus(200)
            .at("/dev_orgs/0/display_id"));
    }
}
