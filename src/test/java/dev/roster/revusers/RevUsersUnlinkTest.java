package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The deprecated but fully supported rev-users.unlink, over its whole matrix. */
class RevUsersUnlinkTest extends ApiTest {
    private static final String UNLINK = "/rev-users.unlink";

    private JsonNode revOrg(Api client, String name) {
        return client.post("/accounts.create", json("display_name", name)).assertStatus(201).body().get("default_rev_org");
    }

    private JsonNode linkedUser(Api client, String name, JsonNode org) {
        return client.post("/rev-users.create", json("display_name", name, "rev_org", org.get("id").asText()))
            .assertStatus(201).body().get("rev_user");
    }

    private JsonNode get(Api client, JsonNode user) {
        return client.get("/rev-users.get", "id=" + user.get("id").asText()).assertStatus(200).body().get("rev_user");
    }

    private String id(JsonNode node) { return node.get("id").asText(); }

    private String displayId(JsonNode node) { return node.get("display_id").asText(); }

    private List<String> members(JsonNode org) {
        List<String> ids = new ArrayList<>();
        api.get("/rev-users.list", "rev_org=" + id(org)).assertStatus(200).body().get("rev_users")
            .forEach(u -> ids.add(u.get("display_id").asText()));
        return ids;
    }

    @Test
    void unlinking_from_the_linked_rev_org_removes_the_link_and_marks_the_user_modified() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        JsonNode bob = linkedUser(api, "Bob", acme);
        long other = DevUsers.number(DevUsers.create(api, "admin2@example.com"));

        JsonNode unlinked = tenant.as(other, Scope.ADMIN).post(UNLINK, json("id", id(ada), "rev_org", id(acme)))
            .assertStatus(200).body().get("rev_user");

        assertFalse(unlinked.has("rev_org"), "the response's rev_user has no rev_org: " + unlinked);
        assertEquals("DEVU-" + other, unlinked.at("/modified_by/display_id").asText());
        assertTrue(unlinked.get("modified_date").asText().compareTo(ada.get("modified_date").asText()) >= 0);
        ObjectNode expected = ada.deepCopy();
        expected.remove("rev_org");
        expected.set("modified_by", unlinked.get("modified_by"));
        expected.set("modified_date", unlinked.get("modified_date"));
        assertEquals(expected, unlinked, "only the link and the modification fields change");
        assertEquals(unlinked, get(api, ada), "the unlink is stored, not only answered");
        assertEquals(List.of(displayId(bob)), members(acme), "other members stay linked");
        api.get("/rev-orgs.get", "id=" + id(acme)).assertStatus(200);
    }

    @Test
    void every_combination_of_id_fields_and_id_forms_unlinks() {
        JsonNode acme = revOrg(api, "Acme");
        for (String userField : List.of("id", "user_don")) {
            for (String orgField : List.of("rev_org", "rev_org_don")) {
                for (boolean userDon : List.of(true, false)) {
                    for (boolean orgDon : List.of(true, false)) {
                        JsonNode user = linkedUser(api, userField + orgField + userDon + orgDon, acme);
                        String body = json(userField, userDon ? id(user) : displayId(user),
                            orgField, orgDon ? id(acme) : displayId(acme));
                        JsonNode answer = api.post(UNLINK, body).assertStatus(200).body().get("rev_user");
                        assertFalse(answer.has("rev_org"), body);
                        assertEquals(id(user), id(answer), body);
                        assertFalse(get(api, user).has("rev_org"), body);
                    }
                }
            }
        }
        assertEquals(List.of(), members(acme));
    }

    @Test
    void both_forms_naming_the_same_objects_are_accepted() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        api.post(UNLINK, json("id", displayId(ada), "user_don", id(ada), "rev_org", id(acme), "rev_org_don", displayId(acme)))
            .assertStatus(200);
        assertFalse(get(api, ada).has("rev_org"));
    }

    @Test
    void a_user_linked_elsewhere_is_told_where_it_is_linked_and_stays() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode globex = revOrg(api, "Globex");
        JsonNode ada = linkedUser(api, "Ada", acme);

        api.post(UNLINK, json("id", id(ada), "rev_org", id(globex))).assertError(400, "value_not_permitted", "rev_org")
            .assertMessageContains(displayId(ada) + " is linked to " + displayId(acme) + ", not to " + displayId(globex));
        assertEquals(ada, get(api, ada));
        assertEquals(List.of(displayId(ada)), members(acme));
    }

    @Test
    void a_user_linked_nowhere_is_told_so_even_right_after_an_unlink() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode loner = api.post("/rev-users.create", json("display_name", "Loner")).assertStatus(201).body().get("rev_user");
        JsonNode ada = linkedUser(api, "Ada", acme);

        api.post(UNLINK, json("id", id(loner), "rev_org", id(acme))).assertError(400, "value_not_permitted", "rev_org")
            .assertMessageContains(displayId(loner) + " is not linked to any rev org");
        assertEquals(loner, get(api, loner));
        JsonNode once = api.post(UNLINK, json("id", id(ada), "rev_org", id(acme))).assertStatus(200).body().get("rev_user");
        api.post(UNLINK, json("id", id(ada), "rev_org", id(acme))).assertError(400, "value_not_permitted", "rev_org")
            .assertMessageContains("is not linked to any rev org");
        assertEquals(once, get(api, ada));
    }

    @Test
    void aliases_naming_other_objects_than_the_fields_are_rejected_and_change_nothing() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode globex = revOrg(api, "Globex");
        JsonNode ada = linkedUser(api, "Ada", acme);
        JsonNode bob = linkedUser(api, "Bob", acme);

        api.post(UNLINK, json("id", id(ada), "user_don", displayId(bob), "rev_org", id(acme)))
            .assertError(400, "value_not_permitted", "user_don");
        api.post(UNLINK, json("id", id(ada), "rev_org", id(acme), "rev_org_don", id(globex)))
            .assertError(400, "value_not_permitted", "rev_org_don");
        api.post(UNLINK, json("id", id(ada), "rev_org", id(globex), "rev_org_don", displayId(acme)))
            .assertError(400, "value_not_permitted", "rev_org_don");
        assertEquals(ada, get(api, ada));
        assertEquals(bob, get(api, bob));
    }

    @Test
    void neither_form_of_an_id_is_a_missing_required_field() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);

        api.post(UNLINK, "{}").assertError(400, "missing_required_field", "id");
        api.post(UNLINK, json("rev_org", id(acme))).assertError(400, "missing_required_field", "id");
        api.post(UNLINK, json("rev_org_don", id(acme))).assertError(400, "missing_required_field", "id")
            .assertMessageContains("user_don");
        api.post(UNLINK, json("id", id(ada))).assertError(400, "missing_required_field", "rev_org");
        api.post(UNLINK, json("user_don", id(ada))).assertError(400, "missing_required_field", "rev_org")
            .assertMessageContains("rev_org_don");
        assertEquals(ada, get(api, ada));
    }

    @Test
    void unknown_and_deleted_users_and_rev_orgs_are_not_found_and_change_nothing() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        JsonNode gone = linkedUser(api, "Gone", acme);
        api.post("/rev-users.delete", json("id", id(gone))).assertStatus(200);
        JsonNode eu = api.post("/rev-orgs.create", json("account", acme.at("/account/id").asText(), "display_name", "EU"))
            .assertStatus(201).body().get("rev_org");
        api.post("/rev-orgs.delete", json("id", id(eu))).assertStatus(200);

        api.post(UNLINK, json("id", "REVU-999999999", "rev_org", id(acme))).assertError(404, "not_found", null);
        api.post(UNLINK, json("user_don", id(gone), "rev_org", id(acme))).assertError(404, "not_found", null);
        api.post(UNLINK, json("id", id(ada), "rev_org", "REV-999999999")).assertError(404, "not_found", null);
        api.post(UNLINK, json("id", id(ada), "rev_org_don", id(eu))).assertError(404, "not_found", null);
        assertEquals(ada, get(api, ada));
    }

    @Test
    void another_tenants_user_or_rev_org_is_not_found_and_both_tenants_stay_unchanged() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        Api other = server.newTenant().admin();
        JsonNode theirOrg = revOrg(other, "Theirs");
        JsonNode theirs = linkedUser(other, "Stranger", theirOrg);

        for (String user : List.of(id(theirs), displayId(theirs))) {
            for (String org : List.of(id(theirOrg), displayId(theirOrg))) {
                api.post(UNLINK, json("id", user, "rev_org", org)).assertError(404, "not_found", null);
                api.post(UNLINK, json("user_don", user, "rev_org_don", org)).assertError(404, "not_found", null);
            }
            api.post(UNLINK, json("id", user, "rev_org", id(acme))).assertError(404, "not_found", null);
        }
        api.post(UNLINK, json("id", id(ada), "rev_org", id(theirOrg))).assertError(404, "not_found", null);
        api.post(UNLINK, json("id", id(ada), "rev_org_don", displayId(theirOrg))).assertError(404, "not_found", null);
        assertEquals(theirs, get(other, theirs));
        assertEquals(ada, get(api, ada));
    }

    @Test
    void malformed_and_wrong_kind_ids_are_named_in_either_form() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        api.post(UNLINK, json("id", "junk", "rev_org", id(acme))).assertError(400, "invalid_id", "id");
        api.post(UNLINK, json("user_don", "ACC-1", "rev_org", id(acme))).assertError(400, "unexpected_id_type", "user_don");
        api.post(UNLINK, json("id", id(ada), "rev_org", "REVU-1")).assertError(400, "unexpected_id_type", "rev_org");
        api.post(UNLINK, json("id", id(ada), "rev_org_don", "x:y")).assertError(400, "invalid_id", "rev_org_don");
        api.post(UNLINK, "{\"id\":1,\"rev_org\":\"" + id(acme) + "\"}").assertError(400, "unexpected_json_type", "id");
        assertEquals(ada, get(api, ada));
    }

    @Test
    void read_and_write_tokens_are_forbidden_and_change_nothing() {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        String body = json("id", id(ada), "rev_org", id(acme));

        tenant.as(dev, Scope.READ).post(UNLINK, body).assertError(403, "forbidden", null);
        tenant.as(dev, Scope.WRITE).post(UNLINK, body).assertError(403, "forbidden", null);
        api.anonymous().post(UNLINK, body).assertError(401, "unauthenticated", null);
        assertEquals(ada, get(api, ada));
    }

    @Test
    void sixteen_concurrent_unlinks_of_one_user_succeed_exactly_once() throws Exception {
        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) calls.add(() -> api.post(UNLINK, json("id", id(ada), "rev_org", id(acme))).status());
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<Integer> f : pool.invokeAll(calls)) statuses.add(f.get());
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 400).count(), statuses.toString());
        assertFalse(get(api, ada).has("rev_org"));
    }

    @Test
    void it_is_documented_as_deprecated_and_an_unlinked_user_may_be_linked_again() {
        JsonNode doc = api.anonymous().get("/openapi.json").assertStatus(200).body();
        assertTrue(doc.at("/paths/~1rev-users.unlink/post/deprecated").asBoolean(), "rev-users.unlink is deprecated");

        JsonNode acme = revOrg(api, "Acme");
        JsonNode ada = linkedUser(api, "Ada", acme);
        api.post(UNLINK, json("id", id(ada), "rev_org", id(acme))).assertStatus(200);
        JsonNode relinked = api.post("/rev-users.link", json("id", id(ada), "rev_org", id(acme))).assertStatus(200)
            .body().get("rev_user");
        assertEquals(acme.get("id"), relinked.at("/rev_org/id"));
        assertEquals(ada.get("id"), relinked.get("id"));
    }
}
