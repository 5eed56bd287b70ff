package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Tenant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevUsersMergeTest extends ApiTest {
    private static final String MERGE = "/dev-users.merge";

    private JsonNode fetch(Api client, String id) {
        return client.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    private void link(String devUser, String issuer, String id) {
        api.post("/dev-users.identities.link", json("dev_user", devUser, "issuer", issuer, "id", id)).assertStatus(200);
    }

    private List<String> listed(String query) {
        List<String> ids = new ArrayList<>();
        api.get("/dev-users.list", query).assertStatus(200).body().get("dev_users")
            .forEach(u -> ids.add(u.get("display_id").asText()));
        return ids;
    }

    private static List<String> issuers(JsonNode user) {
        List<String> issuers = new ArrayList<>();
        user.get("external_identities").forEach(i -> issuers.add(i.get("issuer").asText() + ":" + i.get("id").asText()));
        issuers.sort(null);
        return issuers;
    }

    @Test
    void the_secondarys_identities_move_to_the_primary_and_the_secondary_is_deleted() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String old = DevUsers.create(api, "ada.old@example.com").get("display_id").asText();
        link(ada, "github", "ada-gh");
        link(old, "okta", "00u1");
        link(old, "gitlab", "ada-gl");

        JsonNode answer = api.post(MERGE, json("primary_user", ada, "secondary_user", old)).assertStatus(200).body();

        assertTrue(answer.isObject() && answer.isEmpty(), "merge answers {}: " + answer);
        JsonNode primary = fetch(api, ada);
        assertEquals(List.of("github:ada-gh", "gitlab:ada-gl", "okta:00u1"), issuers(primary));
        JsonNode secondary = fetch(api, old);
        assertEquals("deleted", secondary.get("state").asText());
        assertEquals(0, secondary.get("external_identities").size());
        assertEquals(tenant.adminDisplayId(), secondary.at("/modified_by/display_id").asText());
        assertEquals(List.of(ada), listed("external_identity.issuer=okta&external_identity.id=00u1"));
        assertEquals("shadow", primary.get("state").asText(), "the primary keeps its state");
    }

    @Test
    void users_may_be_given_as_dons() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode old = DevUsers.create(api, "old@example.com");
        link(old.get("display_id").asText(), "okta", "00u1");

        api.post(MERGE, json("primary_user", ada.get("id").asText(), "secondary_user", old.get("id").asText()))
            .assertStatus(200);

        assertEquals(List.of("okta:00u1"), issuers(fetch(api, ada.get("display_id").asText())));
    }

    @Test
    void the_merged_user_is_left_out_of_lists_unless_deleted_users_are_asked_for() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String old = DevUsers.create(api, "old@example.com").get("display_id").asText();

        api.post(MERGE, json("primary_user", ada, "secondary_user", old)).assertStatus(200);

        assertEquals(List.of(tenant.adminDisplayId(), ada), listed(null));
        assertEquals(List.of(), listed("email=old@example.com"));
        assertEquals(List.of(old), listed("state=deleted"));
        assertEquals(List.of(ada, old), listed("state=shadow,deleted"));
        JsonNode posted = api.post("/dev-users.list", "{\"state\":[\"deleted\"]}").assertStatus(200).body().get("dev_users");
        assertEquals(1, posted.size());
        assertEquals(old, posted.get(0).get("display_id").asText());
    }

    @Test
    void the_merged_users_tokens_stop_working() {
        JsonNode old = DevUsers.create(api, "old@example.com");
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        Api oldRead = tenant.as(DevUsers.number(old), Scope.READ);
        Api oldAdmin = tenant.as(DevUsers.number(old), Scope.ADMIN);
        oldRead.get("/dev-users.self").assertStatus(200);

        api.post(MERGE, json("primary_user", ada, "secondary_user", old.get("display_id").asText())).assertStatus(200);

        oldRead.get("/dev-users.self").assertError(401, "unauthenticated", null);
        oldAdmin.post("/dev-users.create", json("email", "x@example.com", "state", "shadow"))
            .assertError(401, "unauthenticated", null);
        assertEquals(List.of(), listed("email=x@example.com"));
    }

    @Test
    void the_merged_users_email_may_be_used_again() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String old = DevUsers.create(api, "old@example.com").get("display_id").asText();
        api.post(MERGE, json("primary_user", ada, "secondary_user", old)).assertStatus(200);

        String again = DevUsers.create(api, "OLD@example.com").get("display_id").asText();

        assertEquals(List.of(again), listed("email=old@example.com"));
    }

    @Test
    void an_issuer_both_users_have_is_rejected_and_nothing_changes() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String old = DevUsers.create(api, "old@example.com").get("display_id").asText();
        link(ada, "github", "ada-gh");
        link(old, "okta", "00u1");
        link(old, "github", "old-gh");
        JsonNode primaryBefore = fetch(api, ada);
        JsonNode secondaryBefore = fetch(api, old);

        api.post(MERGE, json("primary_user", ada, "secondary_user", old))
            .assertError(400, "value_not_permitted", null).assertMessageContains("github");

        assertEquals(primaryBefore, fetch(api, ada));
        assertEquals(secondaryBefore, fetch(api, old), "okta did not move, state and modified_date did not change");
        assertEquals(List.of(old), listed("email=old@example.com"));
    }

    @Test
    void the_same_user_twice_is_rejected_in_any_id_form() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();

        api.post(MERGE, json("primary_user", id, "secondary_user", id)).assertError(400, "value_not_permitted", null);
        api.post(MERGE, json("primary_user", ada.get("id").asText(), "secondary_user", id.toLowerCase()))
            .assertError(400, "value_not_permitted", null);

        assertEquals(ada, fetch(api, id));
    }

    @Test
    void an_already_merged_user_cannot_be_merged_again_on_either_side() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        String old = DevUsers.create(api, "old@example.com").get("display_id").asText();
        link(old, "okta", "00u1");
        api.post(MERGE, json("primary_user", ada, "secondary_user", old)).assertStatus(200);
        JsonNode adaBefore = fetch(api, ada);
        JsonNode bobBefore = fetch(api, bob);
        JsonNode oldBefore = fetch(api, old);

        api.post(MERGE, json("primary_user", bob, "secondary_user", old)).assertError(400, "value_not_permitted", null);
        api.post(MERGE, json("primary_user", old, "secondary_user", bob)).assertError(400, "value_not_permitted", null);

        assertEquals(adaBefore, fetch(api, ada));
        assertEquals(bobBefore, fetch(api, bob));
        assertEquals(oldBefore, fetch(api, old));
    }

    @Test
    void missing_and_malformed_ids_are_named() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();

        api.post(MERGE, json("secondary_user", ada)).assertError(400, "missing_required_field", "primary_user");
        api.post(MERGE, json("primary_user", ada)).assertError(400, "missing_required_field", "secondary_user");
        api.post(MERGE, json("primary_user", ada, "secondary_user", "nope")).assertError(400, "invalid_id", "secondary_user");
        api.post(MERGE, json("primary_user", "REVU-1", "secondary_user", ada))
            .assertError(400, "unexpected_id_type", "primary_user");

        assertEquals("shadow", fetch(api, ada).get("state").asText());
    }

    @Test
    void unknown_and_foreign_users_are_not_found_and_nothing_changes() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String adaId = ada.get("display_id").asText();
        Tenant other = server.newTenant();
        JsonNode stranger = DevUsers.create(other.admin(), "stranger@example.com");
        String strangerId = stranger.get("display_id").asText();

        api.post(MERGE, json("primary_user", adaId, "secondary_user", "DEVU-999999999")).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", "DEVU-999999999", "secondary_user", adaId)).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", adaId, "secondary_user", strangerId)).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", strangerId, "secondary_user", adaId)).assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", adaId, "secondary_user", stranger.get("id").asText()))
            .assertError(404, "not_found", null);

        assertEquals(ada, fetch(api, adaId));
        assertEquals(stranger, fetch(other.admin(), strangerId));
    }

    @Test
    void merging_needs_an_admin_token() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode old = DevUsers.create(api, "old@example.com");
        String adaId = ada.get("display_id").asText();
        String oldId = old.get("display_id").asText();
        String body = json("primary_user", adaId, "secondary_user", oldId);

        tenant.as(DevUsers.number(ada), Scope.WRITE).post(MERGE, body).assertError(403, "forbidden", null);
        tenant.as(DevUsers.number(old), Scope.WRITE).post(MERGE, body).assertError(403, "forbidden", null);
        tenant.as(DevUsers.number(ada), Scope.READ).post(MERGE, body).assertError(403, "forbidden", null);
        api.anonymous().post(MERGE, body).assertError(401, "unauthenticated", null);

        assertEquals(old, fetch(api, oldId));
        assertEquals(ada, fetch(api, adaId));
    }
}
