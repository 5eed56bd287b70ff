package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DevUsersIdentitiesLinkTest extends ApiTest {
    private static final String LINK = "/dev-users.identities.link";

    private JsonNode identities(String devUser) {
        return api.get("/dev-users.get", "id=" + devUser).assertStatus(200).body().at("/dev_user/external_identities");
    }

    @Test
    void linking_adds_the_identity_unverified_and_marks_the_user_modified() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();

        JsonNode linked = api.post(LINK, json("dev_user", id, "issuer", "github", "id", "ada-gh", "display_name", "ada"))
            .assertStatus(200).body().get("dev_user");

        JsonNode identity = linked.get("external_identities").get(0);
        assertEquals("github", identity.get("issuer").asText());
        assertEquals("ada-gh", identity.get("id").asText());
        assertEquals("ada", identity.get("display_name").asText());
        assertEquals(false, identity.get("is_verified").asBoolean());
        assertEquals(1, linked.get("external_identities").size());
        assertTrue(linked.get("modified_date").asText().compareTo(ada.get("modified_date").asText()) >= 0);
        assertEquals(tenant.adminDisplayId(), linked.at("/modified_by/display_id").asText());
        assertEquals(linked.get("external_identities"), identities(id), "the link is stored, not only answered");
    }

    @Test
    void the_dev_user_may_be_given_as_a_don() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        api.post(LINK, json("dev_user", ada.get("id").asText(), "issuer", "okta", "id", "00u1"))
            .assertStatus(200);
        assertEquals("okta", identities(ada.get("display_id").asText()).get(0).get("issuer").asText());
    }

    @Test
    void relinking_the_same_pair_is_idempotent_and_updates_the_display_name() {
        String id = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        api.post(LINK, json("dev_user", id, "issuer", "github", "id", "ada-gh", "display_name", "ada")).assertStatus(200);

        JsonNode again = api.post(LINK, json("dev_user", id, "issuer", "github", "id", "ada-gh", "display_name", "Ada L."))
            .assertStatus(200).body().at("/dev_user/external_identities");

        assertEquals(1, again.size());
        assertEquals("Ada L.", again.get(0).get("display_name").asText());
        api.post(LINK, json("dev_user", id, "issuer", "github", "id", "ada-gh")).assertStatus(200);
        assertEquals("Ada L.", identities(id).get(0).get("display_name").asText(), "no display name keeps the old one");
    }

    @Test
    void a_second_id_for_an_issuer_the_user_has_is_rejected_and_says_to_unlink_first() {
        String id = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        api.post(LINK, json("dev_user", id, "issuer", "github", "id", "ada-gh")).assertStatus(200);

        api.post(LINK, json("dev_user", id, "issuer", "github", "id", "other"))
            .assertError(400, "value_not_permitted", "issuer").assertMessageContains("unlink it first");

        assertEquals("ada-gh", identities(id).get(0).get("id").asText());
        assertEquals(1, identities(id).size());
    }

    @Test
    void a_pair_owned_by_another_user_is_rejected_naming_that_user() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        api.post(LINK, json("dev_user", ada, "issuer", "github", "id", "shared")).assertStatus(200);

        api.post(LINK, json("dev_user", bob, "issuer", "github", "id", "shared"))
            .assertError(400, "value_not_permitted", "id").assertMessageContains(ada);

        assertEquals(0, identities(bob).size());
    }

    @Test
    void the_same_id_under_another_issuer_is_a_different_identity() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        api.post(LINK, json("dev_user", ada, "issuer", "github", "id", "x1")).assertStatus(200);
        api.post(LINK, json("dev_user", bob, "issuer", "gitlab", "id", "x1")).assertStatus(200);
        api.post(LINK, json("dev_user", ada, "issuer", "gitlab", "id", "x2")).assertStatus(200);
        assertEquals(2, identities(ada).size());
    }

    @Test
    void missing_fields_are_named() {
        String id = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        api.post(LINK, json("issuer", "github", "id", "x")).assertError(400, "missing_required_field", "dev_user");
        api.post(LINK, json("dev_user", id, "id", "x")).assertError(400, "missing_required_field", "issuer");
        api.post(LINK, json("dev_user", id, "issuer", "github")).assertError(400, "missing_required_field", "id");
    }

    @Test
    void empty_and_overlong_issuer_and_id_are_rejected() {
        String id = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String long257 = "x".repeat(257);
        api.post(LINK, json("dev_user", id, "issuer", "", "id", "x")).assertError(400, "value_not_permitted", "issuer");
        api.post(LINK, json("dev_user", id, "issuer", "github", "id", " ")).assertError(400, "value_not_permitted", "id");
        api.post(LINK, json("dev_user", id, "issuer", long257, "id", "x")).assertError(400, "value_not_permitted", "issuer");
        api.post(LINK, json("dev_user", id, "issuer", "github", "id", long257)).assertError(400, "value_not_permitted", "id");
        api.post(LINK, json("dev_user", id, "issuer", "x".repeat(256), "id", "y".repeat(256))).assertStatus(200);
    }

    @Test
    void wrong_json_types_are_named_with_the_expected_type() {
        String id = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        ApiResponse response = api.post(LINK, "{\"dev_user\":\"" + id + "\",\"issuer\":7,\"id\":\"x\"}")
            .assertError(400, "unexpected_json_type", "issuer");
        assertEquals("string", response.body().get("expected").asText());
        assertEquals("number", response.body().get("actual").asText());
        api.post(LINK, "{\"dev_user\":[\"" + id + "\"],\"issuer\":\"g\",\"id\":\"x\"}")
            .assertError(400, "unexpected_json_type", "dev_user");
    }

    @Test
    void malformed_and_foreign_ids_are_told_apart() {
        api.post(LINK, json("dev_user", "not an id", "issuer", "g", "id", "x")).assertError(400, "invalid_id", "dev_user");
        api.post(LINK, json("dev_user", "REVU-1", "issuer", "g", "id", "x")).assertError(400, "unexpected_id_type", "dev_user");
        api.post(LINK, json("dev_user", "DEVU-999999999", "issuer", "g", "id", "x")).assertError(404, "not_found", null);
    }

    @Test
    void another_tenants_user_is_not_found_and_unchanged() {
        var other = server.newTenant();
        JsonNode stranger = DevUsers.create(other.admin(), "stranger@example.com");

        api.post(LINK, json("dev_user", stranger.get("display_id").asText(), "issuer", "g", "id", "x"))
            .assertError(404, "not_found", null);
        api.post(LINK, json("dev_user", stranger.get("id").asText(), "issuer", "g", "id", "x"))
            .assertError(404, "not_found", null);

        JsonNode after = other.admin().get("/dev-users.get", "id=" + stranger.get("display_id").asText())
            .assertStatus(200).body().get("dev_user");
        assertEquals(0, after.get("external_identities").size());
    }

    @Test
    void a_write_token_may_link_its_own_identity_but_not_anothers() {
        long adaId = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        var ada = tenant.as(adaId, Scope.WRITE);

        ada.post(LINK, json("dev_user", "DEVU-" + adaId, "issuer", "github", "id", "ada")).assertStatus(200);
        ada.post(LINK, json("dev_user", bob, "issuer", "github", "id", "bob")).assertError(403, "forbidden", null);
        tenant.as(adaId, Scope.READ).post(LINK, json("dev_user", "DEVU-" + adaId, "issuer", "gitlab", "id", "ada"))
            .assertError(403, "forbidden", null);
        assertEquals(0, identities(bob).size());
    }

    @Test
    void without_a_token_the_call_is_unauthenticated() {
        api.anonymous().post(LINK, json("dev_user", "DEVU-1", "issuer", "g", "id", "x"))
            .assertError(401, "unauthenticated", null);
    }

    @Test
    void thirty_two_concurrent_links_of_one_pair_leave_exactly_one_winner() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 32; i++) users.add(DevUsers.create(api, "user" + i + "@example.com").get("display_id").asText());

        List<Callable<Integer>> calls = new ArrayList<>();
        for (String user : users) {
            calls.add(() -> api.post(LINK, json("dev_user", user, "issuer", "github", "id", "contested")).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (Future<Integer> f : pool.invokeAll(calls)) statuses.add(f.get());
        }

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(31, statuses.stream().filter(s -> s == 400).count(), statuses.toString());
        JsonNode holders = api.get("/dev-users.list", "external_identity.issuer=github&external_identity.id=contested")
            .assertStatus(200).body().get("dev_users");
        assertEquals(1, holders.size(), "the database holds exactly one link");
    }
}
