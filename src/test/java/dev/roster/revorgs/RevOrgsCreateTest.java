package dev.roster.revorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevOrgsCreateTest extends ApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CREATE = "/rev-orgs.create";

    private JsonNode account(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body().get("account");
    }

    private int revOrgs() {
        return api.get("/rev-orgs.list").assertStatus(200).body().get("rev_orgs").size();
    }

    @Test
    void creating_a_rev_org_answers_201_with_every_field_and_stores_it() {
        JsonNode acme = account("Acme");
        String tag = api.post("/tags.create", json("name", "region", "allowed_values", List.of("eu", "us")))
            .assertStatus(201).at("/tag/display_id");

        JsonNode org = api.post(CREATE, json("account", acme.get("display_id").asText(), "display_name", "Acme EU",
                "description", "Europe", "external_ref", "erp-eu", "environment", "staging", "tier", "gold",
                "tags", List.of(Map.of("id", tag, "value", "eu")), "custom_fields", Map.of("vat", "DE123", "n", 1)))
            .assertStatus(201).body().get("rev_org");

        long number = Long.parseLong(org.get("display_id").asText().substring("REV-".length()));
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":revo/" + number, org.get("id").asText());
        assertEquals("Acme EU", org.get("display_name").asText());
        assertEquals("Europe", org.get("description").asText());
        assertEquals("erp-eu", org.get("external_ref").asText());
        assertEquals("staging", org.get("environment").asText());
        assertEquals("gold", org.get("tier").asText());
        assertEquals("account", org.at("/account/type").asText());
        assertEquals(acme.get("id"), org.at("/account/id"));
        assertEquals(acme.get("display_id"), org.at("/account/display_id"));
        assertEquals("Acme", org.at("/account/display_name").asText());
        assertEquals("region", org.at("/tags/0/tag/name").asText());
        assertEquals("eu", org.at("/tags/0/value").asText());
        assertEquals(MAPPER.valueToTree(Map.of("vat", "DE123", "n", 1)), org.get("custom_fields"));
        assertEquals(tenant.adminDisplayId(), org.at("/created_by/display_id").asText());
        assertEquals(tenant.adminDisplayId(), org.at("/modified_by/display_id").asText());
        assertEquals(org, api.post("/rev-orgs.get", json("id", org.get("id").asText())).assertStatus(200).body().get("rev_org"));
    }

    @Test
    void a_minimal_rev_org_omits_optional_fields_ignores_unknown_ones_and_is_not_the_default() {
        JsonNode acme = account("Acme");
        JsonNode org = api.post(CREATE, json("account", acme.get("id").asText(), "display_name", "Branch",
                "artifacts", List.of("don:core:dvrv-us-1:devo/1:artifact/1"), "some_newer_field", 1))
            .assertStatus(201).body().get("rev_org");
        for (String absent : List.of("description", "external_ref", "environment", "tier", "custom_fields")) {
            assertFalse(org.has(absent), absent + " in " + org);
        }
        assertEquals("Acme", api.post("/rev-orgs.get", json("account", acme.get("display_id").asText()))
            .at("/rev_org/display_name"), "the account's default rev org is still the one made with it");
        assertEquals(2, revOrgs());
    }

    @Test
    void every_environment_is_accepted_and_others_are_rejected() {
        String acme = account("Acme").get("display_id").asText();
        for (String env : List.of("production", "staging", "test")) {
            assertEquals(env, api.post(CREATE, json("account", acme, "display_name", env, "environment", env))
                .assertStatus(201).at("/rev_org/environment"));
        }
        JsonNode error = api.post(CREATE, json("account", acme, "display_name", "x", "environment", "prod"))
            .assertError(400, "invalid_enum_value", "environment").body();
        assertEquals("[\"production\",\"staging\",\"test\"]", error.get("allowed_values").toString());
        assertEquals(4, revOrgs());
    }

    @Test
    void an_external_ref_used_by_another_rev_org_is_a_conflict_and_nothing_is_created() {
        String acme = account("Acme").get("display_id").asText();
        String globex = account("Globex").get("display_id").asText();
        api.post(CREATE, json("account", acme, "display_name", "One", "external_ref", "erp-1")).assertStatus(201);

        api.post(CREATE, json("account", globex, "display_name", "Two", "external_ref", "erp-1"))
            .assertError(409, "conflict", null).assertMessageContains("erp-1");

        assertEquals(3, revOrgs());
        server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs")).assertStatus(201);
        api.post(CREATE, json("account", globex, "display_name", "Three", "external_ref", "erp-2")).assertStatus(201);
    }

    @Test
    void the_account_and_display_name_are_required() {
        String acme = account("Acme").get("display_id").asText();
        api.post(CREATE, json("display_name", "x")).assertError(400, "missing_required_field", "account");
        api.post(CREATE, json("account", acme)).assertError(400, "missing_required_field", "display_name");
        api.post(CREATE, json("account", acme, "display_name", "")).assertError(400, "value_not_permitted", "display_name");
        api.post(CREATE, "{\"account\":\"" + acme + "\",\"display_name\":[]}")
            .assertError(400, "unexpected_json_type", "display_name");
        assertEquals(1, revOrgs());
    }

    @Test
    void the_account_must_be_an_existing_account_of_this_dev_org() {
        api.post(CREATE, json("account", "ACC-999999999", "display_name", "x"))
            .assertError(404, "not_found", null).assertMessageContains("ACC-999999999");
        String foreign = server.newTenant().admin().post("/accounts.create", json("display_name", "Theirs"))
            .assertStatus(201).at("/account/id");
        api.post(CREATE, json("account", foreign, "display_name", "x")).assertError(404, "not_found", null);
        api.post(CREATE, json("account", "REV-1", "display_name", "x")).assertError(400, "unexpected_id_type", "account");
        api.post(CREATE, json("account", "not an id", "display_name", "x")).assertError(400, "invalid_id", "account");
        assertEquals(0, revOrgs());
    }

    @Test
    void tags_must_exist_and_allow_the_value() {
        String acme = account("Acme").get("display_id").asText();
        String tag = api.post("/tags.create", json("name", "region", "allowed_values", List.of("eu")))
            .assertStatus(201).at("/tag/display_id");
        api.post(CREATE, json("account", acme, "display_name", "x", "tags", List.of(Map.of("id", "TAG-999999999"))))
            .assertError(404, "not_found", null).assertMessageContains("TAG-999999999");
        api.post(CREATE, json("account", acme, "display_name", "x", "tags", List.of(Map.of("id", tag, "value", "us"))))
            .assertError(400, "value_not_permitted", "tags");
        api.post(CREATE, json("account", acme, "display_name", "x", "tags", List.of(Map.of("id", tag), Map.of("id", tag))))
            .assertError(400, "value_not_permitted", "tags");
        assertEquals(1, revOrgs());
    }

    @Test
    void only_an_admin_token_may_create() {
        String acme = account("Acme").get("display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(CREATE, json("account", acme, "display_name", "x")).assertError(403, "forbidden", null);
        api.anonymous().post(CREATE, json("account", acme, "display_name", "x")).assertError(401, "unauthenticated", null);
        assertEquals(1, revOrgs());
    }
}
