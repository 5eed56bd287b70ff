package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RevUsersUpdateTest extends ApiTest {
    private static final String UPDATE = "/rev-users.update";

    private JsonNode create(Object... fields) {
        return api.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    private JsonNode get(String id) {
        return api.get("/rev-users.get", "id=" + id).assertStatus(200).body().get("rev_user");
    }

    private JsonNode ada() {
        String org = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/default_rev_org/id");
        String tag = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/id");
        return create("display_name", "Ada", "email", "ada@acme.io", "description", "champion", "external_ref", "crm-1",
            "external_refs", List.of("z-1"), "phone_numbers", List.of("+14155550001"), "rev_org", org,
            "tags", List.of(Map.of("id", tag)), "custom_fields", Map.of("score", 1));
    }

    @Test
    void given_fields_change_absent_fields_stay_and_the_change_is_stored() {
        JsonNode ada = ada();
        String id = ada.get("display_id").asText();

        JsonNode updated = api.post(UPDATE, json("id", id, "display_name", "Ada L.", "email", "ada@lovelace.io"))
            .assertStatus(200).body().get("rev_user");

        assertEquals("Ada L.", updated.get("display_name").asText());
        assertEquals("ada@lovelace.io", updated.get("email").asText());
        for (String kept : List.of("id", "description", "external_ref", "external_refs", "phone_numbers", "rev_org", "tags",
            "custom_fields", "created_date", "created_by", "is_verified")) {
            assertEquals(ada.get(kept), updated.get(kept), kept);
        }
        assertEquals(updated, get(id));
    }

    @Test
    void list_fields_tags_and_custom_fields_are_replaced_as_a_whole() {
        JsonNode ada = ada();
        String id = ada.get("id").asText();
        String gold = api.post("/tags.create", json("name", "gold", "allowed_values", List.of("yes", "no")))
            .assertStatus(201).at("/tag/display_id");

        JsonNode updated = api.post(UPDATE, json("id", id, "external_refs", List.of("h-1", "h-2"),
            "phone_numbers", List.of("+442071234567"), "tags", List.of(Map.of("id", gold, "value", "yes")),
            "custom_fields", Map.of("plan", "pro"))).assertStatus(200).body().get("rev_user");

        assertEquals("[\"h-1\",\"h-2\"]", updated.get("external_refs").toString());
        assertEquals("[\"+442071234567\"]", updated.get("phone_numbers").toString());
        assertEquals(1, updated.get("tags").size());
        assertEquals(gold, updated.at("/tags/0/tag/display_id").asText());
        assertEquals("yes", updated.at("/tags/0/value").asText());
        assertEquals("{\"plan\":\"pro\"}", updated.get("custom_fields").toString());

        JsonNode cleared = api.post(UPDATE, json("id", id, "external_refs", List.of(), "phone_numbers", List.of(),
            "tags", List.of())).assertStatus(200).body().get("rev_user");
        assertEquals(0, cleared.get("external_refs").size());
        assertEquals(0, cleared.get("phone_numbers").size());
        assertEquals(0, cleared.get("tags").size());
        assertEquals(cleared, get(id));
    }

    @Test
    void modified_date_and_modified_by_follow_the_caller() {
        JsonNode ada = ada();
        long other = DevUsers.number(DevUsers.create(api, "admin2@example.com"));
        JsonNode updated = tenant.as(other, Scope.ADMIN).post(UPDATE, json("id", ada.get("id").asText(), "description", "x"))
            .assertStatus(200).body().get("rev_user");
        assertEquals("DEVU-" + other, updated.at("/modified_by/display_id").asText());
        assertEquals(tenant.adminDisplayId(), updated.at("/created_by/display_id").asText());
        assertTrue(updated.get("modified_date").asText().compareTo(ada.get("modified_date").asText()) >= 0);
    }

    @Test
    void an_external_ref_of_another_user_is_a_conflict_and_changes_nothing() {
        JsonNode ada = ada();
        create("display_name", "Bob", "external_ref", "crm-2");
        String id = ada.get("display_id").asText();

        api.post(UPDATE, json("id", id, "external_ref", "crm-2", "display_name", "Changed"))
            .assertError(409, "conflict", null).assertMessageContains("crm-2");
        assertEquals(ada, get(id));
        assertEquals("crm-1", api.post(UPDATE, json("id", id, "external_ref", "crm-1")).assertStatus(200)
            .at("/rev_user/external_ref"), "keeping one's own ref is fine");
        assertEquals("crm-9", api.post(UPDATE, json("id", id, "external_ref", "crm-9")).assertStatus(200)
            .at("/rev_user/external_ref"));
    }

    @Test
    void invalid_values_are_rejected_by_name_and_change_nothing() {
        JsonNode ada = ada();
        String id = ada.get("display_id").asText();
        api.post(UPDATE, json("id", id, "email", "nope")).assertError(400, "value_not_permitted", "email");
        api.post(UPDATE, json("id", id, "phone_numbers", List.of("0049 30 1234"))).assertError(400, "value_not_permitted",
            "phone_numbers").assertMessageContains("0049 30 1234");
        api.post(UPDATE, json("id", id, "external_refs", List.of("a", "a"))).assertError(400, "value_not_permitted",
            "external_refs");
        api.post(UPDATE, json("id", id, "display_name", " ")).assertError(400, "value_not_permitted", "display_name");
        api.post(UPDATE, json("id", id, "tags", List.of(Map.of("id", "TAG-999999999")))).assertError(404, "not_found", null);
        api.post(UPDATE, "{\"id\":\"" + id + "\",\"custom_fields\":[1]}").assertError(400, "unexpected_json_type",
            "custom_fields");
        assertEquals(ada, get(id));
    }

    @Test
    void unknown_foreign_and_malformed_ids_are_told_apart() {
        var other = server.newTenant().admin();
        JsonNode stranger = other.post("/rev-users.create", json("display_name", "S")).assertStatus(201).body().get("rev_user");

        api.post(UPDATE, json("display_name", "x")).assertError(400, "missing_required_field", "id");
        api.post(UPDATE, json("id", "REVU-999999999", "display_name", "x")).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", stranger.get("id").asText(), "display_name", "x")).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", stranger.get("display_id").asText(), "display_name", "x"))
            .assertError(404, "not_found", null);
        api.post(UPDATE, json("id", "ACC-1", "display_name", "x")).assertError(400, "unexpected_id_type", "id");
        assertEquals("S", other.get("/rev-users.get", "id=" + stranger.get("id").asText()).assertStatus(200)
            .at("/rev_user/display_name"));
    }

    @Test
    void write_and_read_tokens_may_not_update() {
        JsonNode ada = ada();
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        for (Scope scope : List.of(Scope.WRITE, Scope.READ)) {
            tenant.as(dev, scope).post(UPDATE, json("id", ada.get("id").asText(), "display_name", "x"))
                .assertError(403, "forbidden", null);
        }
        assertEquals(ada, get(ada.get("id").asText()));
    }
}
