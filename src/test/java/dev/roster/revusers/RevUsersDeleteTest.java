package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.roster.testing.Parallel.inParallel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class RevUsersDeleteTest extends ApiTest {
    private static final String DELETE = "/rev-users.delete";

    private JsonNode create(Object... fields) {
        return api.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    private List<String> listed(String path, String query) {
        List<String> ids = new ArrayList<>();
        api.get(path, query).assertStatus(200).body().get("rev_users").forEach(u -> ids.add(u.get("display_id").asText()));
        return ids;
    }

    @Test
    void a_deleted_user_is_gone_from_get_list_scan_and_every_filter() {
        JsonNode acme = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).body();
        String org = acme.at("/default_rev_org/id").asText();
        String tag = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/id");
        JsonNode ada = create("display_name", "Ada", "email", "ada@acme.io", "external_ref", "crm-1", "rev_org", org,
            "external_refs", List.of("z-1"), "phone_numbers", List.of("+14155550001"), "tags", List.of(Map.of("id", tag)));
        String bob = create("display_name", "Bob", "rev_org", org).get("display_id").asText();
        String id = ada.get("display_id").asText();
        api.post("/rev-users.associations.add", json("rev_user_id", id,
            "associations", List.of(Map.of("associated_to", acme.at("/account/id").asText())))).assertStatus(201);

        JsonNode answer = api.post(DELETE, json("id", ada.get("id").asText())).assertStatus(200).body();

        assertEquals("{}", answer.toString());
        api.get("/rev-users.get", "id=" + id).assertError(404, "not_found", null);
        assertEquals(List.of(bob), listed("/rev-users.list", ""));
        assertEquals(List.of(bob), listed("/rev-users.scan", ""));
        for (String filter : List.of("email=ada@acme.io", "external_ref=crm-1", "external_refs=z-1",
            "phone_numbers=%2B14155550001", "tags=" + tag, "associations=" + acme.at("/account/id").asText())) {
            assertEquals(List.of(), listed("/rev-users.list", filter), filter);
            assertEquals(List.of(), listed("/rev-users.scan", filter), filter);
        }
        assertEquals(List.of(bob), listed("/rev-users.list", "rev_org=" + org), "its rev org and other users stay");
        api.get("/rev-orgs.get", "id=" + org).assertStatus(200);
    }

    @Test
    void a_delete_racing_updates_and_association_adds_wins_cleanly_or_waits_for_them() throws Exception {
        String account = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/account/id");
        for (int round = 0; round < 3; round++) {
            String id = create("display_name", "Ada").get("id").asText();
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String ref = "r" + round + "-" + i;
                calls.add(() -> api.post("/rev-users.associations.add", json("rev_user_id", id,
                    "associations", List.of(Map.of("associated_to", account)))).status());
                calls.add(() -> api.post("/rev-users.update", json("id", id, "external_refs", List.of(ref),
                    "phone_numbers", List.of("+1415555000" + ref.length()))).status());
            }
            calls.add(3, () -> api.post(DELETE, json("id", id)).status());
            List<Integer> statuses = inParallel(calls);

            assertEquals(200, statuses.get(3), statuses.toString());
            assertEquals(List.of(), statuses.stream().filter(s -> s != 200 && s != 201 && s != 404).toList(),
                "each call either came first or found the user gone: " + statuses);
            api.get("/rev-users.get", "id=" + id).assertError(404, "not_found", null);
            assertEquals(List.of(), listed("/rev-users.list", "associations=" + account));
            assertEquals(List.of(), listed("/rev-users.list", "external_refs=r" + round + "-0,r" + round + "-5"));
        }
    }

    @Test
    void deleting_twice_or_an_unknown_user_is_not_found() {
        String id = create("display_name", "Ada").get("display_id").asText();
        api.post(DELETE, json("id", id)).assertStatus(200);
        api.post(DELETE, json("id", id)).assertError(404, "not_found", null).assertMessageContains(id);
        api.post(DELETE, json("id", "REVU-999999999")).assertError(404, "not_found", null);
    }

    @Test
    void another_tenants_user_is_not_found_and_stays() {
        var other = server.newTenant().admin();
        JsonNode stranger = other.post("/rev-users.create", json("display_name", "S")).assertStatus(201).body().get("rev_user");

        api.post(DELETE, json("id", stranger.get("id").asText())).assertError(404, "not_found", null);
        api.post(DELETE, json("id", stranger.get("display_id").asText())).assertError(404, "not_found", null);
        assertEquals(stranger, other.get("/rev-users.get", "id=" + stranger.get("id").asText()).assertStatus(200)
            .body().get("rev_user"));
    }

    @Test
    void missing_malformed_and_wrong_kind_ids_are_named() {
        create("display_name", "Ada");
        api.post(DELETE, "{}").assertError(400, "missing_required_field", "id");
        api.post(DELETE, json("id", "garbage")).assertError(400, "invalid_id", "id");
        api.post(DELETE, json("id", "REV-1")).assertError(400, "unexpected_id_type", "id");
        assertEquals(1, listed("/rev-users.list", "").size());
    }

    @Test
    void write_and_read_tokens_may_not_delete() {
        JsonNode ada = create("display_name", "Ada");
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        tenant.as(dev, Scope.WRITE).post(DELETE, json("id", ada.get("id").asText())).assertError(403, "forbidden", null);
        tenant.as(dev, Scope.READ).post(DELETE, json("id", ada.get("id").asText())).assertError(403, "forbidden", null);
        api.anonymous().post(DELETE, json("id", ada.get("id").asText())).assertError(401, "unauthenticated", null);
        assertEquals(ada, api.get("/rev-users.get", "id=" + ada.get("id").asText()).assertStatus(200).body().get("rev_user"));
    }
}
