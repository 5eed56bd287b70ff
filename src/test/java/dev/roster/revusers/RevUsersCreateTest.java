package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RevUsersCreateTest extends ApiTest {
    private static final String CREATE = "/rev-users.create";

    private JsonNode account(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body();
    }

    private JsonNode create(Object... fields) {
        return api.post(CREATE, json(fields)).assertStatus(201).body().get("rev_user");
    }

    private JsonNode get(String id) {
        return api.get("/rev-users.get", "id=" + id).assertStatus(200).body().get("rev_user");
    }

    private int count() {
        return api.post("/rev-users.list", json("limit", 100)).assertStatus(200).body().get("rev_users").size();
    }

    @Test
    void every_field_is_stored_and_answered_with_ids_summaries_and_tags() {
        JsonNode org = account("Acme").get("default_rev_org");
        String tag = api.post("/tags.create", json("name", "tier", "allowed_values", List.of("gold", "silver")))
            .assertStatus(201).at("/tag/id");

        JsonNode ada = create("display_name", "Ada", "email", "ada@acme.io", "phone_numbers", List.of("+14155550123"),
            "external_ref", "crm-1", "external_refs", List.of("zendesk-1", "hubspot-1"), "rev_org", org.get("id").asText(),
            "description", "champion", "tags", List.of(Map.of("id", tag, "value", "gold")),
            "custom_fields", Map.of("score", 7, "nested", Map.of("ok", true)));

        long n = Long.parseLong(ada.get("display_id").asText().substring("REVU-".length()));
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":revu/" + n, ada.get("id").asText());
        assertEquals("Ada", ada.get("display_name").asText());
        assertEquals("ada@acme.io", ada.get("email").asText());
        assertEquals("[\"+14155550123\"]", ada.get("phone_numbers").toString());
        assertEquals("crm-1", ada.get("external_ref").asText());
        assertEquals("[\"zendesk-1\",\"hubspot-1\"]", ada.get("external_refs").toString());
        assertEquals("champion", ada.get("description").asText());
        assertFalse(ada.get("is_verified").asBoolean());
        assertEquals("rev_org", ada.at("/rev_org/type").asText());
        assertEquals(org.get("id").asText(), ada.at("/rev_org/id").asText());
        assertEquals(org.get("display_id").asText(), ada.at("/rev_org/display_id").asText());
        assertEquals("Acme", ada.at("/rev_org/display_name").asText());
        assertEquals(tag, ada.at("/tags/0/tag/id").asText());
        assertEquals("tier", ada.at("/tags/0/tag/name").asText());
        assertEquals("gold", ada.at("/tags/0/value").asText());
        assertEquals(2, ada.get("custom_fields").size(), "custom fields come back exactly as given");
        assertEquals(7, ada.at("/custom_fields/score").intValue());
        assertEquals(true, ada.at("/custom_fields/nested/ok").booleanValue());
        assertEquals(tenant.adminDisplayId(), ada.at("/created_by/display_id").asText());
        assertEquals(tenant.adminDisplayId(), ada.at("/modified_by/display_id").asText());
        assertEquals(ada.get("created_date"), ada.get("modified_date"));
        assertEquals(ada, get(ada.get("display_id").asText()), "what is answered is what is stored");
    }

    @Test
    void an_account_means_its_default_rev_org_and_a_rev_org_of_that_account_agrees() {
        JsonNode acme = account("Acme");
        String acc = acme.at("/account/display_id").asText();
        JsonNode byAccount = create("display_name", "Ada", "account", acc);
        assertEquals(acme.at("/default_rev_org/id").asText(), byAccount.at("/rev_org/id").asText());

        String second = api.post("/rev-orgs.create", json("account", acc, "display_name", "Acme EU"))
            .assertStatus(201).at("/rev_org/id");
        JsonNode both = create("display_name", "Bob", "account", acme.at("/account/id").asText(), "rev_org", second);
        assertEquals(second, both.at("/rev_org/id").asText());
    }

    @Test
    void a_rev_org_of_another_account_disagrees_and_nothing_is_created() {
        String acme = account("Acme").at("/account/display_id").asText();
        String globex = account("Globex").at("/default_rev_org/display_id").asText();

        api.post(CREATE, json("display_name", "Ada", "account", acme, "rev_org", globex))
            .assertError(400, "value_not_permitted", "rev_org").assertMessageContains(globex);
        assertEquals(0, count());
    }

    @Test
    void without_rev_org_or_account_the_user_is_unlinked_and_gets_a_generated_unique_ref() {
        JsonNode ada = create("display_name", "Ada");
        JsonNode bob = create("email", "bob@x.io");

        assertFalse(ada.has("rev_org"), ada.toString());
        assertTrue(ada.get("external_ref").asText().startsWith("roster-"), ada.toString());
        assertTrue(bob.get("external_ref").asText().startsWith("roster-"), bob.toString());
        assertNotEquals(ada.get("external_ref"), bob.get("external_ref"));
        JsonNode found = api.post("/rev-users.list", json("external_ref", List.of(ada.get("external_ref").asText())))
            .assertStatus(200).body().get("rev_users");
        assertEquals(1, found.size());
        assertEquals(ada.get("id"), found.get(0).get("id"));
    }

    @Test
    void emails_need_not_be_unique() {
        create("email", "ada@x.io");
        create("email", "ADA@x.io");
        assertEquals(2, api.post("/rev-users.list", json("email", List.of("ada@x.io"))).assertStatus(200)
            .body().get("rev_users").size());
    }

    @Test
    void a_taken_external_ref_is_a_conflict_but_another_tenant_may_use_it() {
        create("display_name", "Ada", "external_ref", "crm-1");

        api.post(CREATE, json("display_name", "Bob", "external_ref", "crm-1")).assertError(409, "conflict", null)
            .assertMessageContains("crm-1");
        assertEquals(1, count());
        server.newTenant().admin().post(CREATE, json("display_name", "Bob", "external_ref", "crm-1")).assertStatus(201);
    }

    @Test
    void bad_emails_phone_numbers_and_duplicate_list_items_are_rejected_by_name() {
        api.post(CREATE, json("email", "not-an-email")).assertError(400, "value_not_permitted", "email");
        api.post(CREATE, json("phone_numbers", List.of("+14155550123", "555-0123")))
            .assertError(400, "value_not_permitted", "phone_numbers").assertMessageContains("555-0123");
        api.post(CREATE, json("phone_numbers", List.of("+14155550123", "+14155550123")))
            .assertError(400, "value_not_permitted", "phone_numbers");
        api.post(CREATE, json("external_refs", List.of("a", "a"))).assertError(400, "value_not_permitted", "external_refs");
        api.post(CREATE, json("display_name", "")).assertError(400, "value_not_permitted", "display_name");
        api.post(CREATE, "{\"display_name\":7}").assertError(400, "unexpected_json_type", "display_name");
        assertEquals(0, count());
    }

    @Test
    void unknown_foreign_and_wrong_kind_orgs_are_told_apart() {
        JsonNode stranger = server.newTenant().admin().post("/accounts.create", json("display_name", "Other"))
            .assertStatus(201).body();
        api.post(CREATE, json("rev_org", "REV-999999999")).assertError(404, "not_found", null);
        api.post(CREATE, json("account", "ACC-999999999")).assertError(404, "not_found", null);
        api.post(CREATE, json("rev_org", stranger.at("/default_rev_org/id").asText())).assertError(404, "not_found", null);
        api.post(CREATE, json("rev_org", stranger.at("/default_rev_org/display_id").asText()))
            .assertError(404, "not_found", null);
        api.post(CREATE, json("account", stranger.at("/account/display_id").asText())).assertError(404, "not_found", null);
        api.post(CREATE, json("rev_org", "ACC-1")).assertError(400, "unexpected_id_type", "rev_org");
        api.post(CREATE, json("account", "not an id")).assertError(400, "invalid_id", "account");
        assertEquals(0, count());
    }

    @Test
    void unknown_tags_and_values_outside_allowed_values_are_rejected() {
        String tag = api.post("/tags.create", json("name", "tier", "allowed_values", List.of("gold")))
            .assertStatus(201).at("/tag/display_id");
        api.post(CREATE, json("tags", List.of(Map.of("id", "TAG-999999999")))).assertError(404, "not_found", null)
            .assertMessageContains("TAG-999999999");
        api.post(CREATE, json("tags", List.of(Map.of("id", tag, "value", "bronze"))))
            .assertError(400, "value_not_permitted", "tags");
        assertEquals(0, count());
    }

    @Test
    void only_admin_tokens_may_create() {
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        tenant.as(dev, Scope.WRITE).post(CREATE, json("display_name", "Ada")).assertError(403, "forbidden", null);
        tenant.as(dev, Scope.READ).post(CREATE, json("display_name", "Ada")).assertError(403, "forbidden", null);
        api.anonymous().post(CREATE, json("display_name", "Ada")).assertError(401, "unauthenticated", null);
        assertEquals(0, count());
        long admin = DevUsers.number(DevUsers.create(api, "admin2@example.com"));
        JsonNode made = tenant.as(admin, Scope.ADMIN).post(CREATE, json("display_name", "Ada")).assertStatus(201)
            .body().get("rev_user");
        assertEquals("DEVU-" + admin, made.at("/created_by/display_id").asText());
    }

    @Test
    void thirty_two_concurrent_creates_with_one_external_ref_leave_exactly_one_user() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String name = "user" + i;
            calls.add(() -> api.post(CREATE, json("display_name", name, "external_ref", "contested")).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (Future<Integer> f : pool.invokeAll(calls)) statuses.add(f.get());
        }

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(31, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        JsonNode holders = api.get("/rev-users.list", "external_ref=contested").assertStatus(200).body().get("rev_users");
        assertEquals(1, holders.size(), "the database holds exactly one user with the ref");
        assertEquals(1, count());
    }
}
