package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Tenant;
import org.junit.jupiter.api.Test;

class DevUsersIdentitiesUnlinkTest extends ApiTest {
    private static final String LINK = "/dev-users.identities.link";
    private static final String UNLINK = "/dev-users.identities.unlink";

    private JsonNode fetch(Api client, String devUser) {
        return client.get("/dev-users.get", "id=" + devUser).assertStatus(200).body().get("dev_user");
    }

    private JsonNode identities(String devUser) {
        return fetch(api, devUser).get("external_identities");
    }

    private void link(String devUser, String issuer, String id) {
        api.post(LINK, json("dev_user", devUser, "issuer", issuer, "id", id)).assertStatus(200);
    }

    @Test
    void unlinking_removes_only_that_issuers_identity_and_marks_the_user_modified() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        link(ada, "github", "ada-gh");
        link(ada, "okta", "00u1");
        JsonNode before = fetch(api, ada);

        JsonNode answered = api.post(UNLINK, json("dev_user", ada, "issuer", "github")).assertStatus(200)
            .body().get("dev_user");

        JsonNode remaining = answered.get("external_identities");
        assertEquals(1, remaining.size());
        assertEquals("okta", remaining.get(0).get("issuer").asText());
        assertEquals("00u1", remaining.get(0).get("id").asText());
        assertEquals(tenant.adminDisplayId(), answered.at("/modified_by/display_id").asText());
        assertTrue(answered.get("modified_date").asText().compareTo(before.get("modified_date").asText()) >= 0);
        assertEquals(remaining, identities(ada), "the unlink is stored, not only answered");
    }

    @Test
    void the_dev_user_may_be_given_as_a_don() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        link(ada.get("display_id").asText(), "github", "ada-gh");

        api.post(UNLINK, json("dev_user", ada.get("id").asText(), "issuer", "github")).assertStatus(200);

        assertEquals(0, identities(ada.get("display_id").asText()).size());
    }

    @Test
    void an_unlinked_identity_is_no_longer_found_and_may_be_linked_to_another_user() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        link(ada, "github", "shared");

        api.post(UNLINK, json("dev_user", ada, "issuer", "github")).assertStatus(200);

        assertEquals(0, api.get("/dev-users.list", "external_identity.issuer=github&external_identity.id=shared")
            .assertStatus(200).body().get("dev_users").size());
        link(bob, "github", "shared");
        link(ada, "github", "another");
        assertEquals("shared", identities(bob).get(0).get("id").asText());
    }

    @Test
    void an_issuer_that_is_not_linked_is_not_found_and_nothing_changes() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        link(ada, "github", "ada-gh");
        link(bob, "gitlab", "bob-gl");
        JsonNode before = fetch(api, ada);

        api.post(UNLINK, json("dev_user", ada, "issuer", "gitlab")).assertError(404, "not_found", null);
        api.post(UNLINK, json("dev_user", ada, "issuer", "okta")).assertError(404, "not_found", null);

        assertEquals(before, fetch(api, ada), "not even modified_date moves");
        assertEquals(1, identities(bob).size());
    }

    @Test
    void unlinking_twice_is_not_found_the_second_time() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        link(ada, "github", "ada-gh");
        api.post(UNLINK, json("dev_user", ada, "issuer", "github")).assertStatus(200);

        api.post(UNLINK, json("dev_user", ada, "issuer", "github")).assertError(404, "not_found", null);

        assertEquals(0, identities(ada).size());
    }

    @Test
    void missing_empty_and_mistyped_fields_are_named() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        link(ada, "github", "ada-gh");

        api.post(UNLINK, json("issuer", "github")).assertError(400, "missing_required_field", "dev_user");
        api.post(UNLINK, json("dev_user", ada)).assertError(400, "missing_required_field", "issuer");
        api.post(UNLINK, json("dev_user", ada, "issuer", "")).assertError(400, "value_not_permitted", "issuer");
        api.post(UNLINK, "{\"dev_user\":\"" + ada + "\",\"issuer\":1}").assertError(400, "unexpected_json_type", "issuer");

        assertEquals(1, identities(ada).size());
    }

    @Test
    void malformed_and_foreign_ids_are_told_apart() {
        api.post(UNLINK, json("dev_user", "not an id", "issuer", "g")).assertError(400, "invalid_id", "dev_user");
        api.post(UNLINK, json("dev_user", "REVU-1", "issuer", "g")).assertError(400, "unexpected_id_type", "dev_user");
        api.post(UNLINK, json("dev_user", "DEVU-999999999", "issuer", "g")).assertError(404, "not_found", null);
    }

    @Test
    void another_tenants_user_is_not_found_and_keeps_its_identity() {
        Tenant other = server.newTenant();
        JsonNode stranger = DevUsers.create(other.admin(), "stranger@example.com");
        String strangerId = stranger.get("display_id").asText();
        other.admin().post(LINK, json("dev_user", strangerId, "issuer", "github", "id", "s")).assertStatus(200);
        JsonNode before = fetch(other.admin(), strangerId);

        api.post(UNLINK, json("dev_user", strangerId, "issuer", "github")).assertError(404, "not_found", null);
        api.post(UNLINK, json("dev_user", stranger.get("id").asText(), "issuer", "github"))
            .assertError(404, "not_found", null);

        assertEquals(before, fetch(other.admin(), strangerId));
    }

    @Test
    void a_write_token_may_unlink_its_own_identity_but_not_anothers() {
        long adaId = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        String ada = "DEVU-" + adaId;
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        link(ada, "github", "ada");
        link(ada, "gitlab", "ada");
        link(bob, "github", "bob");
        Api adaWrite = tenant.as(adaId, Scope.WRITE);

        JsonNode own = adaWrite.post(UNLINK, json("dev_user", ada, "issuer", "github")).assertStatus(200)
            .body().get("dev_user");
        adaWrite.post(UNLINK, json("dev_user", bob, "issuer", "github")).assertError(403, "forbidden", null);
        tenant.as(adaId, Scope.READ).post(UNLINK, json("dev_user", ada, "issuer", "gitlab"))
            .assertError(403, "forbidden", null);

        assertEquals(ada, own.at("/modified_by/display_id").asText(), "ada unlinked her own identity");
        assertEquals(1, identities(ada).size());
        assertEquals("gitlab", identities(ada).get(0).get("issuer").asText());
        assertEquals(1, identities(bob).size());
    }

    @Test
    void an_admin_may_unlink_another_users_identity() {
        long adaId = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        link(bob, "github", "bob");

        tenant.as(adaId, Scope.ADMIN).post(UNLINK, json("dev_user", bob, "issuer", "github")).assertStatus(200);

        assertEquals(0, identities(bob).size());
    }

    @Test
    void without_a_token_the_call_is_unauthenticated_and_nothing_changes() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        link(ada, "github", "ada");

        api.anonymous().post(UNLINK, json("dev_user", ada, "issuer", "github")).assertError(401, "unauthenticated", null);

        assertEquals(1, identities(ada).size());
    }
}
