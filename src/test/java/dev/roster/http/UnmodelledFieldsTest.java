package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fields DevRev's contract declares that Roster takes without modelling (artifacts, custom schemas,
 * groups, a rev org's domain): a value of the declared type is accepted and ignored, any other JSON
 * type is refused naming the field, before any lookup. The contract-wide sweep is
 * {@code fuzz.DeclaredFieldTypesTest}; these run without the contract too.
 */
class UnmodelledFieldsTest extends ApiTest {
    @Test
    void values_of_the_declared_type_are_accepted_and_ignored() {
        JsonNode account = api.post("/accounts.create", json("display_name", "Acme", "artifacts", List.of("ART-1"),
            "schema_fragment_ids", List.of("x"), "custom_schema_spec", Map.of("apps", List.of("a"), "tenant_fragment", true,
                "drop", Map.of("subtype", false)))).assertStatus(201).body().get("account");
        String id = account.get("id").asText();
        JsonNode updated = api.post("/accounts.update", json("id", id, "artifacts", Map.of("set", List.of("ART-2")),
            "custom_schema_spec", Map.of("subtype", "s"))).assertStatus(200).body().get("account");
        assertEquals(account.get("display_name"), updated.get("display_name"));
        api.post("/rev-users.create", json("display_name", "Ada", "display_picture", "ART-3",
            "custom_schema_fragments", List.of("f"))).assertStatus(201);
    }

    @Test
    void a_wrong_type_is_refused_naming_the_field() {
        String account = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/account/id");
        String org = api.post("/rev-orgs.create", json("display_name", "Branch", "account", account)).assertStatus(201)
            .at("/rev_org/id");
        api.post("/accounts.create", json("display_name", "B", "artifacts", "ART-1"))
            .assertError(400, "unexpected_json_type", "artifacts");
        api.post("/rev-orgs.create", json("display_name", "B", "account", account, "artifacts", 7))
            .assertError(400, "unexpected_json_type", "artifacts");
        api.post("/rev-orgs.update", json("id", org, "custom_schema_fragments", List.of(7)))
            .assertError(400, "unexpected_json_type", "custom_schema_fragments[]");
        api.post("/rev-users.create", json("display_name", "Ada", "custom_schema_spec", 7))
            .assertError(400, "unexpected_json_type", "custom_schema_spec");
        api.post("/dev-users.self.update", json("custom_schema_spec", Map.of("drop", Map.of("apps", "x"))))
            .assertError(400, "unexpected_json_type", "custom_schema_spec.drop.apps");
        api.post("/rev-users.update", json("id", "REVU-999999", "artifacts", Map.of("set", "x")))
            .assertError(400, "unexpected_json_type", "artifacts.set");
        api.post("/accounts.list", "{}").assertStatus(200);
        assertEquals(1, api.post("/accounts.list", "{}").body().get("accounts").size(), "nothing was created");
    }

    @Test
    void an_id_of_a_wrong_type_is_refused_before_any_lookup() {
        String account = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/account/id");
        String org = api.post("/rev-orgs.get", json("account", account)).assertStatus(200).at("/rev_org/id");
        for (Object wrong : List.of(7, true, List.of(account), Map.of("id", account))) {
            api.post("/rev-orgs.get", json("id", org, "account", wrong)).assertError(400, "unexpected_json_type", "account");
            api.post("/rev-orgs.get", json("id", wrong)).assertError(400, "unexpected_json_type", "id");
            api.post("/accounts.update", json("id", account, "owned_by", List.of(wrong)))
                .assertError(400, "unexpected_json_type", "owned_by[]");
        }
        api.post("/dev-users.activate", json("id", tenant.adminDisplayId(), "groups", 7))
            .assertError(400, "unexpected_json_type", "groups");
    }

    @Test
    void an_array_of_objects_given_one_object_is_a_wrong_type_in_a_body_and_one_item_in_a_query() {
        api.post("/rev-users.create", json("display_name", "Ada", "tags", Map.of("id", "TAG-1")))
            .assertError(400, "unexpected_json_type", "tags");
        api.get("/dev-users.list", "external_identity.issuer=github&external_identity.id=ada").assertStatus(200);
    }
}
