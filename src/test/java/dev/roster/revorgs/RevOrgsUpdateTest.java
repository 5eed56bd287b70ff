package dev.roster.revorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevOrgsUpdateTest extends ApiTest {
    private static final String UPDATE = "/rev-orgs.update";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private String account;
    private String region;

    /** A rev org with every field set. */
    private JsonNode branch() {
        account = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/account/display_id");
        region = api.post("/tags.create", json("name", "region", "allowed_values", List.of("eu", "us")))
            .assertStatus(201).at("/tag/display_id");
        return api.post("/rev-orgs.create", json("account", account, "display_name", "Acme EU", "description", "Europe",
            "external_ref", "erp-eu", "environment", "production", "tier", "gold", "tags",
            List.of(Map.of("id", region, "value", "eu")), "custom_fields", Map.of("vat", "DE1")))
            .assertStatus(201).body().get("rev_org");
    }

    private JsonNode get(String id) {
        return api.post("/rev-orgs.get", json("id", id)).assertStatus(200).body().get("rev_org");
    }

    @Test
    void given_fields_change_and_absent_ones_stay() {
        JsonNode before = branch();
        String id = before.get("display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));

        JsonNode after = tenant.as(bob, Scope.ADMIN).post(UPDATE, json("id", id, "display_name", "Acme Europe",
            "environment", "test", "custom_fields", Map.of("vat", "DE2", "n", 1))).assertStatus(200).body().get("rev_org");

        assertEquals("Acme Europe", after.get("display_name").asText());
        assertEquals("test", after.get("environment").asText());
        assertEquals(MAPPER.valueToTree(Map.of("vat", "DE2", "n", 1)), after.get("custom_fields"));
        for (String kept : List.of("description", "external_ref", "tier", "tags", "account", "created_by", "created_date")) {
            assertEquals(before.get(kept), after.get(kept), kept);
        }
        assertEquals("DEVU-" + bob, after.at("/modified_by/display_id").asText());
        assertTrue(after.get("modified_date").asText().compareTo(before.get("modified_date").asText()) >= 0);
        assertEquals(after, get(id), "the change is stored");
    }

    @Test
    void the_deprecated_account_field_moves_a_rev_org_with_its_rev_users_but_never_a_default() {
        String id = branch().get("display_id").asText();
        String user = api.post("/rev-users.create", json("display_name", "Bo", "rev_org", id)).assertStatus(201)
            .at("/rev_user/display_id");
        String other = api.post("/accounts.create", json("display_name", "Globex")).assertStatus(201).at("/account/display_id");

        JsonNode moved = api.post(UPDATE, json("id", id, "account", other)).assertStatus(200).body().get("rev_org");
        assertEquals(other, moved.at("/account/display_id").asText());
        assertEquals(id, api.get("/rev-users.get", "id=" + user).at("/rev_user/rev_org/display_id"), "its users move with it");

        String defaultOfOther = api.post("/rev-orgs.get", json("account", other)).at("/rev_org/display_id");
        api.post(UPDATE, json("id", defaultOfOther, "account", account)).assertError(400, "value_not_permitted", "account");
        api.post(UPDATE, json("id", id, "account", "ACC-999999999")).assertError(404, "not_found", null);
        assertEquals(other, get(id).at("/account/display_id").asText(), "refused moves change nothing");
        assertEquals(other, get(defaultOfOther).at("/account/display_id").asText());
    }

    @Test
    void description_external_ref_tier_and_tags_are_replaced() {
        String id = branch().get("id").asText();
        String vip = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/display_id");

        JsonNode after = api.post(UPDATE, json("id", id, "description", "EU", "external_ref", "erp-eu-2", "tier", "silver",
            "tags", List.of(Map.of("id", vip), Map.of("id", region, "value", "us")))).assertStatus(200).body().get("rev_org");

        assertEquals("EU", after.get("description").asText());
        assertEquals("erp-eu-2", after.get("external_ref").asText());
        assertEquals("silver", after.get("tier").asText());
        assertEquals("vip", after.at("/tags/0/tag/name").asText());
        assertEquals("region", after.at("/tags/1/tag/name").asText());
        assertEquals("us", after.at("/tags/1/value").asText());
        assertEquals(after, get(id));
        assertEquals("[]", api.post(UPDATE, json("id", id, "tags", List.of())).assertStatus(200).body()
            .at("/rev_org/tags").toString());
        api.post("/rev-orgs.create", json("account", account, "display_name", "Reuse", "external_ref", "erp-eu"))
            .assertStatus(201);
    }

    @Test
    void a_rev_org_may_keep_its_own_external_ref() {
        String id = branch().get("display_id").asText();
        assertEquals("erp-eu", api.post(UPDATE, json("id", id, "external_ref", "erp-eu")).assertStatus(200)
            .at("/rev_org/external_ref"));
    }

    @Test
    void an_external_ref_of_another_rev_org_is_a_conflict_and_nothing_changes() {
        branch();
        JsonNode other = api.post("/rev-orgs.create", json("account", account, "display_name", "Other", "external_ref", "x"))
            .assertStatus(201).body().get("rev_org");
        String id = other.get("display_id").asText();

        api.post(UPDATE, json("id", id, "display_name", "Renamed", "external_ref", "erp-eu"))
            .assertError(409, "conflict", null).assertMessageContains("erp-eu");

        assertEquals(other, get(id));
    }

    @Test
    void invalid_values_are_rejected_and_nothing_changes() {
        JsonNode before = branch();
        String id = before.get("display_id").asText();
        api.post(UPDATE, json("id", id, "environment", "qa")).assertError(400, "invalid_enum_value", "environment");
        api.post(UPDATE, json("id", id, "display_name", "")).assertError(400, "value_not_permitted", "display_name");
        api.post(UPDATE, json("id", id, "tags", List.of(Map.of("id", region, "value", "apac"))))
            .assertError(400, "value_not_permitted", "tags");
        api.post(UPDATE, json("id", id, "tags", List.of(Map.of("id", "TAG-999999999")))).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", id, "tags", List.of(Map.of("value", "eu")))).assertError(400, "missing_required_field", "tags[].id");
        api.post(UPDATE, "{\"id\":\"" + id + "\",\"tier\":3}").assertError(400, "unexpected_json_type", "tier");
        assertEquals(before, get(id));
    }

    @Test
    void the_id_must_name_a_rev_org_of_this_dev_org() {
        api.post(UPDATE, json("tier", "x")).assertError(400, "missing_required_field", "id");
        api.post(UPDATE, json("id", "nope", "tier", "x")).assertError(400, "invalid_id", "id");
        api.post(UPDATE, json("id", "ACC-1", "tier", "x")).assertError(400, "unexpected_id_type", "id");
        api.post(UPDATE, json("id", "REV-999999999", "tier", "x")).assertError(404, "not_found", null);
        var other = server.newTenant();
        String theirs = other.admin().post("/accounts.create", json("display_name", "Theirs")).assertStatus(201)
            .at("/default_rev_org/id");
        api.post(UPDATE, json("id", theirs, "display_name", "Mine")).assertError(404, "not_found", null);
        assertEquals("Theirs", other.admin().post("/rev-orgs.get", json("id", theirs)).at("/rev_org/display_name"));
    }

    @Test
    void only_an_admin_token_may_update() {
        JsonNode before = branch();
        String id = before.get("display_id").asText();
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(UPDATE, json("id", id, "tier", "x")).assertError(403, "forbidden", null);
        api.anonymous().post(UPDATE, json("id", id, "tier", "x")).assertError(401, "unauthenticated", null);
        assertEquals(before, get(id));
    }
}
