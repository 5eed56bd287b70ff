package dev.roster.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import org.junit.jupiter.api.Test;

class AuthTest extends ApiTest {
    private JsonNode fetch(String id) {
        return api.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    private int userCount() {
        return api.get("/dev-users.list").assertStatus(200).body().get("dev_users").size();
    }

    @Test
    void a_bearer_token_and_a_bare_token_both_identify_their_user() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String secret = server.token(tenant, DevUsers.number(ada), Scope.READ);

        String viaBearer = api.withToken(secret).get("/dev-users.self").assertStatus(200).at("/dev_user/display_id");
        String viaBare = api.withBareToken(secret).get("/dev-users.self").assertStatus(200).at("/dev_user/display_id");

        assertEquals(ada.get("display_id").asText(), viaBearer);
        assertEquals(ada.get("display_id").asText(), viaBare);
        assertEquals(tenant.adminDisplayId(), api.get("/dev-users.self").assertStatus(200).at("/dev_user/display_id"));
    }

    @Test
    void a_missing_or_blank_authorization_header_is_unauthenticated() {
        api.anonymous().get("/dev-users.self").assertError(401, "unauthenticated", null);
        api.anonymous().post("/dev-users.list", "{}").assertError(401, "unauthenticated", null);
        api.withBareToken(" ").get("/dev-users.self").assertError(401, "unauthenticated", null);
        api.withToken(" ").get("/dev-users.self").assertError(401, "unauthenticated", null);
    }

    @Test
    void an_unknown_token_is_unauthenticated_and_does_nothing() {
        int before = userCount();

        api.withToken("no-such-token-" + "x".repeat(40))
            .post("/dev-users.create", json("email", "ada@example.com", "state", "shadow"))
            .assertError(401, "unauthenticated", null);
        api.withBareToken("Bearer").get("/dev-users.self").assertError(401, "unauthenticated", null);

        assertEquals(before, userCount());
    }

    @Test
    void a_revoked_token_is_unauthenticated_while_the_users_other_tokens_still_work() {
        long ada = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        String revoked = server.token(tenant, ada, Scope.WRITE);
        String kept = server.token(tenant, ada, Scope.WRITE);
        api.withToken(revoked).get("/dev-users.self").assertStatus(200);

        assertTrue(server.services().tokens().revoke(revoked));

        api.withToken(revoked).get("/dev-users.self").assertError(401, "unauthenticated", null);
        api.withBareToken(revoked).get("/dev-users.self").assertError(401, "unauthenticated", null);
        api.withToken(kept).get("/dev-users.self").assertStatus(200);
        assertFalse(server.services().tokens().revoke(revoked), "a token is revoked once");
    }

    @Test
    void a_deactivated_users_token_is_unauthenticated() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api client = tenant.as(DevUsers.number(ada), Scope.ADMIN);
        client.get("/dev-users.self").assertStatus(200);

        api.post("/dev-users.deactivate", json("id", ada.get("display_id").asText())).assertStatus(200);

        client.get("/dev-users.self").assertError(401, "unauthenticated", null);
        client.post("/dev-users.activate", json("id", ada.get("display_id").asText()))
            .assertError(401, "unauthenticated", null);
        assertEquals("deactivated", fetch(ada.get("display_id").asText()).get("state").asText());
    }

    @Test
    void a_merged_users_token_is_unauthenticated() {
        String primary = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        JsonNode old = DevUsers.create(api, "old@example.com");
        Api client = tenant.as(DevUsers.number(old), Scope.READ);
        client.get("/dev-users.self").assertStatus(200);

        api.post("/dev-users.merge", json("primary_user", primary, "secondary_user", old.get("display_id").asText()))
            .assertStatus(200);

        client.get("/dev-users.self").assertError(401, "unauthenticated", null);
        client.get("/dev-users.get", "id=" + primary).assertError(401, "unauthenticated", null);
    }

    @Test
    void a_read_token_may_get_list_and_read_itself() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        Api read = tenant.as(DevUsers.number(ada), Scope.READ);

        assertEquals(bob, read.get("/dev-users.get", "id=" + bob).assertStatus(200).at("/dev_user/display_id"));
        assertEquals(bob, read.post("/dev-users.get", json("id", bob)).assertStatus(200).at("/dev_user/display_id"));
        assertEquals(3, read.get("/dev-users.list").assertStatus(200).body().get("dev_users").size());
        assertEquals(3, read.post("/dev-users.list", "{}").assertStatus(200).body().get("dev_users").size());
        assertEquals(ada.get("display_id").asText(), read.post("/dev-users.self", "{}").assertStatus(200)
            .at("/dev_user/display_id"));
    }

    @Test
    void a_read_token_may_change_nothing() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String adaId = ada.get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        JsonNode bobBefore = fetch(bob);
        Api read = tenant.as(DevUsers.number(ada), Scope.READ);

        read.post("/dev-users.create", json("email", "c@example.com", "state", "shadow")).assertError(403, "forbidden", null);
        read.post("/dev-users.update", json("id", bob, "full_name", "Bob")).assertError(403, "forbidden", null);
        read.post("/dev-users.update", json("id", adaId, "full_name", "Ada")).assertError(403, "forbidden", null);
        read.post("/dev-users.self.update", json("full_name", "Ada")).assertError(403, "forbidden", null);
        read.post("/dev-users.identities.link", json("dev_user", bob, "issuer", "g", "id", "b"))
            .assertError(403, "forbidden", null);
        read.post("/dev-users.identities.link", json("dev_user", adaId, "issuer", "g", "id", "a"))
            .assertError(403, "forbidden", null);

        assertEquals(3, userCount());
        assertEquals(bobBefore, fetch(bob));
        assertEquals(ada, fetch(adaId));
    }

    @Test
    void a_write_token_may_update_itself_and_link_its_own_identity() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String adaId = ada.get("display_id").asText();
        Api write = tenant.as(DevUsers.number(ada), Scope.WRITE);

        write.post("/dev-users.self.update", json("full_name", "Ada Lovelace")).assertStatus(200);
        write.post("/dev-users.update", json("id", adaId, "display_name", "ada.l")).assertStatus(200);
        write.post("/dev-users.identities.link", json("dev_user", adaId, "issuer", "github", "id", "ada")).assertStatus(200);

        JsonNode after = fetch(adaId);
        assertEquals("Ada Lovelace", after.get("full_name").asText());
        assertEquals("ada.l", after.get("display_name").asText());
        assertEquals("github", after.at("/external_identities/0/issuer").asText());
        assertEquals(adaId, after.at("/modified_by/display_id").asText(), "ada made the changes");
    }

    @Test
    void a_write_token_may_not_touch_other_users_or_administer() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode bob = DevUsers.create(api, "bob@example.com");
        String bobId = bob.get("display_id").asText();
        Api write = tenant.as(DevUsers.number(ada), Scope.WRITE);

        write.post("/dev-users.create", json("email", "c@example.com", "state", "shadow")).assertError(403, "forbidden", null);
        write.post("/dev-users.update", json("id", bobId, "full_name", "Bob")).assertError(403, "forbidden", null);
        write.post("/dev-users.identities.link", json("dev_user", bobId, "issuer", "g", "id", "b"))
            .assertError(403, "forbidden", null);
        write.post("/dev-users.activate", json("id", bobId)).assertError(403, "forbidden", null);
        write.post("/dev-users.deactivate", json("id", bobId)).assertError(403, "forbidden", null);
        write.post("/dev-users.merge", json("primary_user", ada.get("display_id").asText(), "secondary_user", bobId))
            .assertError(403, "forbidden", null);

        assertEquals(bob, fetch(bobId));
        assertEquals(3, userCount());
    }

    @Test
    void an_admin_token_may_do_everything() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        Api admin = tenant.as(DevUsers.number(ada), Scope.ADMIN);

        String bob = admin.post("/dev-users.create", json("email", "bob@example.com", "state", "shadow"))
            .assertStatus(201).at("/dev_user/display_id");
        String cat = admin.post("/dev-users.create", json("email", "cat@example.com", "state", "shadow"))
            .assertStatus(201).at("/dev_user/display_id");
        admin.post("/dev-users.update", json("id", bob, "full_name", "Bob")).assertStatus(200);
        admin.post("/dev-users.identities.link", json("dev_user", cat, "issuer", "okta", "id", "c")).assertStatus(200);
        admin.post("/dev-users.activate", json("id", bob)).assertStatus(200);
        admin.post("/dev-users.deactivate", json("id", tenant.adminDisplayId())).assertStatus(200);
        admin.post("/dev-users.merge", json("primary_user", bob, "secondary_user", cat)).assertStatus(200);
        admin.post("/dev-users.identities.unlink", json("dev_user", bob, "issuer", "okta")).assertStatus(200);

        JsonNode bobAfter = admin.get("/dev-users.get", "id=" + bob).assertStatus(200).body().get("dev_user");
        assertEquals("Bob", bobAfter.get("full_name").asText());
        assertEquals("active", bobAfter.get("state").asText());
        assertEquals(0, bobAfter.get("external_identities").size());
        assertEquals("deleted", admin.get("/dev-users.get", "id=" + cat).assertStatus(200).at("/dev_user/state"));
        api.get("/dev-users.self").assertError(401, "unauthenticated", null);
    }

    @Test
    void a_token_only_sees_its_own_dev_org() {
        var other = server.newTenant();
        String stranger = DevUsers.create(other.admin(), "stranger@example.com").get("display_id").asText();

        api.get("/dev-users.get", "id=" + stranger).assertError(404, "not_found", null);
        assertEquals(1, userCount(), "only the tenant's own admin is listed");
        assertEquals(other.adminDisplayId(), other.admin().get("/dev-users.self").assertStatus(200).at("/dev_user/display_id"));
    }
}
