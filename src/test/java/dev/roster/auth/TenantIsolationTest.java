package dev.roster.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.fuzz.Directory;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.Tenant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two dev orgs, A (the test's tenant) and B, each with a full directory: dev users with an identity,
 * a tag, accounts with their default rev orgs, a rev org, rev users with associations. Nothing A
 * does, with its admin token, reads, lists, links, unlinks, merges, updates, deletes, tags with or
 * associates with anything of B: B's IDs, display IDs and DONs alike, are not found (or the wrong
 * kind), lists never mix, and B's objects, fetched with B's token, are byte-for-byte unchanged.
 */
class TenantIsolationTest extends ApiTest {
    private Directory a;
    private Tenant tenantB;
    private Api apiB;
    private Directory b;
    private Map<String, String> aBefore;
    private Map<String, String> bBefore;
    private String bMarker;

    @BeforeEach
    void makeTwoDirectories() {
        a = Directory.create(api, "alpha");
        tenantB = server.newTenant();
        apiB = tenantB.admin();
        b = Directory.create(apiB, "beta");
        aBefore = a.snapshot(api);
        bBefore = b.snapshot(apiB);
        bMarker = "devo/" + b.tag.get("id").asText().replaceAll(".*:devo/([0-9]+):.*", "$1") + ":";
    }

    /** Both forms of an object's ID: the display ID and the DON. */
    private static List<String> ids(JsonNode object) {
        return List.of(Directory.id(object), Directory.don(object));
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** To A, B's objects do not exist. */
    private void assertNotFound(ApiResponse response) {
        response.assertError(404, "not_found", null);
    }

    private void assertBothDirectoriesUnchanged() {
        assertEquals(bBefore, b.snapshot(apiB), "B's objects, fetched with B's token, are unchanged");
        assertEquals(aBefore, a.snapshot(api), "A's own objects are unchanged too: nothing half-happened");
    }

    @Test
    void every_get_of_another_orgs_object_is_not_found_by_display_id_and_by_don() {
        for (JsonNode object : b.objects().values()) {
            for (String id : ids(object)) {
                String path = Directory.getPath(object);
                assertNotFound(api.get(path, "id=" + q(id)));
                assertNotFound(api.post(path, json("id", id)));
            }
        }
        for (String id : ids(b.account)) {
            assertNotFound(api.get("/rev-orgs.get", "account=" + q(id)));
            assertNotFound(api.post("/rev-orgs.get", json("account", id)));
        }
        for (String id : ids(b.revUser)) {
            assertNotFound(api.get("/rev-users.associations.list", "rev_user_id=" + q(id)));
            assertNotFound(api.post("/rev-users.associations.list", json("rev_user_id", id)));
        }
        assertBothDirectoriesUnchanged();
    }

    @Test
    void another_orgs_ids_of_the_wrong_kind_are_refused_as_the_wrong_kind() {
        api.get("/accounts.get", "id=" + Directory.id(b.revOrg)).assertError(400, "unexpected_id_type", "id");
        api.post("/rev-users.get", json("id", Directory.don(b.devUser))).assertError(400, "unexpected_id_type", "id");
        api.post("/tags.delete", json("id", Directory.id(b.account))).assertError(400, "unexpected_id_type", "id");
        api.post("/rev-users.unlink", json("id", Directory.don(b.revOrg), "rev_org", Directory.id(b.revOrg)))
            .assertError(400, "unexpected_id_type", "id");
        assertBothDirectoriesUnchanged();
    }

    @Test
    void no_change_to_another_orgs_objects_is_possible_and_nothing_changes() {
        for (String devUser : ids(b.devUser)) {
            assertNotFound(api.post("/dev-users.update", json("id", devUser, "display_name", "Hijacked")));
            assertNotFound(api.post("/dev-users.activate", json("id", devUser)));
            assertNotFound(api.post("/dev-users.deactivate", json("id", devUser)));
            assertNotFound(api.post("/dev-users.identities.link",
                json("dev_user", devUser, "issuer", "okta", "id", "stolen")));
            assertNotFound(api.post("/dev-users.identities.unlink", json("dev_user", devUser, "issuer", "github")));
        }
        for (String tag : ids(b.tag)) {
            assertNotFound(api.post("/tags.update", json("id", tag, "name", "hijacked")));
            assertNotFound(api.post("/tags.delete", json("id", tag)));
        }
        for (String account : ids(b.account)) {
            assertNotFound(api.post("/accounts.update", json("id", account, "display_name", "Hijacked")));
            assertNotFound(api.post("/accounts.delete", json("id", account)));
        }
        for (String revOrg : ids(b.revOrg)) {
            assertNotFound(api.post("/rev-orgs.update", json("id", revOrg, "display_name", "Hijacked")));
            assertNotFound(api.post("/rev-orgs.delete", json("id", revOrg)));
        }
        for (String revUser : ids(b.revUser)) {
            assertNotFound(api.post("/rev-users.update", json("id", revUser, "display_name", "Hijacked")));
            assertNotFound(api.post("/rev-users.delete", json("id", revUser)));
            for (String revOrg : ids(b.revOrg)) {
                assertNotFound(api.post("/rev-users.unlink", json("id", revUser, "rev_org", revOrg)));
                assertNotFound(api.post("/rev-users.unlink", json("user_don", revUser, "rev_org_don", revOrg)));
                assertNotFound(api.post("/rev-users.link", json("id", revUser, "rev_org", revOrg)));
            }
            for (String account : ids(b.account)) {
                assertNotFound(api.post("/rev-users.associations.remove",
                    json("rev_user_id", revUser, "associations", List.of(account))));
            }
        }
        assertBothDirectoriesUnchanged();
    }

    @Test
    void own_objects_cannot_be_linked_merged_tagged_or_associated_with_another_orgs_objects() {
        List<ApiResponse> attempts = new ArrayList<>();
        String aRevUser = Directory.id(a.revUser);
        for (String devUser : ids(b.devUser)) {
            attempts.add(api.post("/dev-users.merge", json("primary_user", Directory.id(a.devUser2), "secondary_user", devUser)));
            attempts.add(api.post("/dev-users.merge", json("primary_user", devUser, "secondary_user", Directory.id(a.devUser2))));
            attempts.add(api.post("/dev-users.update", json("id", Directory.id(a.devUser2), "reports_to", devUser)));
            attempts.add(api.post("/dev-users.self.update", json("reports_to", devUser)));
            attempts.add(api.post("/dev-users.create", json("email", "new@example.com", "state", "shadow", "reports_to", devUser)));
            attempts.add(api.post("/accounts.update", json("id", Directory.id(a.account), "owned_by", List.of(devUser))));
            attempts.add(api.post("/accounts.create", json("display_name", "New", "owned_by", List.of(devUser))));
        }
        for (String tag : ids(b.tag)) {
            List<Map<String, String>> tags = List.of(Map.of("id", tag));
            attempts.add(api.post("/accounts.update", json("id", Directory.id(a.account), "tags", tags)));
            attempts.add(api.post("/rev-orgs.update", json("id", Directory.id(a.revOrg), "tags", tags)));
            attempts.add(api.post("/rev-users.update", json("id", aRevUser, "tags", tags)));
            attempts.add(api.post("/rev-users.create", json("display_name", "New", "tags", tags)));
        }
        for (String account : ids(b.account)) {
            attempts.add(api.post("/accounts.merge", json("primary_account", Directory.id(a.account), "secondary_account", account)));
            attempts.add(api.post("/accounts.merge", json("primary_account", account, "secondary_account", Directory.id(a.account2))));
            attempts.add(api.post("/rev-orgs.create", json("account", account, "display_name", "New")));
            attempts.add(api.post("/rev-users.create", json("display_name", "New", "account", account)));
            attempts.add(api.post("/rev-users.associations.add",
                json("rev_user_id", aRevUser, "associations", List.of(Map.of("associated_to", account)))));
            attempts.add(api.post("/rev-users.associations.remove", json("rev_user_id", aRevUser, "associations", List.of(account))));
        }
        for (String revOrg : ids(b.revOrg)) {
            attempts.add(api.post("/rev-users.link", json("id", aRevUser, "rev_org", revOrg)));
            attempts.add(api.post("/rev-users.unlink", json("id", aRevUser, "rev_org", revOrg)));
            attempts.add(api.post("/rev-users.unlink", json("user_don", Directory.don(a.revUser), "rev_org_don", revOrg)));
            attempts.add(api.post("/rev-users.create", json("display_name", "New", "rev_org", revOrg)));
            attempts.add(api.post("/rev-users.associations.add",
                json("rev_user_id", aRevUser, "associations", List.of(Map.of("associated_to", revOrg)))));
        }
        for (String revUser : ids(b.revUser)) {
            attempts.add(api.post("/rev-users.merge", json("primary_user", aRevUser, "secondary_user", revUser)));
            attempts.add(api.post("/rev-users.merge", json("primary_user", revUser, "secondary_user", Directory.id(a.revUser2))));
        }
        attempts.forEach(this::assertNotFound);

        assertBothDirectoriesUnchanged();
        assertEquals(3, api.get("/dev-users.list").assertStatus(200).body().get("dev_users").size(), "A's admin and two users");
        assertEquals(2, api.get("/accounts.list").assertStatus(200).body().get("accounts").size(), "no account was created");
        assertEquals(2, api.get("/rev-users.list").assertStatus(200).body().get("rev_users").size(), "no rev user was created");
        assertEquals(3, api.get("/rev-orgs.list").assertStatus(200).body().get("rev_orgs").size(), "no rev org was created");
    }

    @Test
    void lists_exports_and_scans_never_show_another_orgs_objects_even_when_filtered_by_them() {
        String domain = b.account.at("/domains/0").asText();
        String email = b.revUser.get("email").asText();
        List<String[]> byValue = List.of(
            new String[] {"/dev-users.list", "email=" + q(b.devUser.get("email").asText())},
            new String[] {"/dev-users.list", "external_identity.issuer=github&external_identity.id=beta-gh"},
            new String[] {"/accounts.list", "domains=" + domain}, new String[] {"/accounts.export", "domains=" + domain},
            new String[] {"/accounts.list", "external_refs=beta-acc-ref"}, new String[] {"/accounts.list", "display_name=Account%20beta"},
            new String[] {"/rev-orgs.list", "external_ref=beta-branch"}, new String[] {"/rev-orgs.list", "display_name=Branch%20beta"},
            new String[] {"/rev-users.list", "email=" + q(email)}, new String[] {"/rev-users.scan", "email=" + q(email)},
            new String[] {"/rev-users.list", "external_ref=beta-contact"}, new String[] {"/rev-users.scan", "external_refs=beta-crm"},
            new String[] {"/tags.list", "name=beta-tier"});
        for (String[] call : byValue) assertNothingOfB(api.get(call[0], call[1]), call, true);

        List<String[]> byId = new ArrayList<>();
        for (JsonNode object : List.of(b.devUser, b.account, b.revOrg, b.tag)) {
            for (String id : ids(object)) {
                String kind = Directory.getPath(object);
                List<String> filters = switch (kind) {
                    case "/dev-users.get" -> List.of("/accounts.list?owned_by=", "/accounts.export?created_by=",
                        "/rev-orgs.list?created_by=", "/rev-users.scan?created_by=");
                    case "/accounts.get" -> List.of("/rev-orgs.list?account=", "/rev-users.list?associations=");
                    case "/rev-orgs.get" -> List.of("/rev-users.list?rev_org=", "/rev-users.scan?associations=");
                    default -> List.of("/accounts.list?tags=", "/rev-orgs.list?tags=", "/rev-users.list?tags=");
                };
                for (String filter : filters) byId.add(new String[] {filter.substring(0, filter.indexOf('?')),
                    filter.substring(filter.indexOf('?') + 1) + q(id)});
            }
        }
        for (String[] call : byId) assertNothingOfB(api.get(call[0], call[1]), call, false);

        String phone = "phone_numbers=" + q("+15550100");
        JsonNode shared = api.get("/rev-users.list", phone).assertStatus(200).body().get("rev_users");
        assertEquals(List.of(Directory.id(a.revUser)), displayIds(shared, ""), "both orgs use the number; A sees only its own");
        assertEquals(List.of(Directory.id(b.revUser)), displayIds(apiB.get("/rev-users.list", phone).assertStatus(200)
            .body().get("rev_users"), ""), "and B only its own");
        for (String list : List.of("/dev-users.list", "/accounts.list", "/accounts.export", "/rev-orgs.list", "/rev-users.list",
                "/rev-users.scan", "/tags.list")) {
            assertNothingOfB(api.get(list), new String[] {list, ""}, false);
            assertFalse(api.post(list, "{}").text().contains(bMarker), list + " (POST) shows nothing of B");
        }
        assertEquals(List.of(Directory.id(a.account)), displayIds(api.get("/rev-users.associations.list",
            "rev_user_id=" + Directory.id(a.revUser)).assertStatus(200).body().get("associations"), "/associated_to"));
        assertBothDirectoriesUnchanged();
    }

    @Test
    void personal_data_lookup_and_erasure_stop_at_the_dev_org_boundary() {
        String email = b.revUser.get("email").asText();
        JsonNode found = api.post("/_roster/personal-data.export", json("email", email)).assertStatus(200).body();
        assertEquals(0, found.get("rev_users").size(), "A finds none of B's contacts: " + found);
        api.post("/rev-users.delete-personal-data", json("email", email)).assertStatus(200);
        assertEquals(1, apiB.post("/_roster/personal-data.export", json("email", email)).assertStatus(200).body()
            .get("rev_users").size(), "B's contact was not erased");
        assertBothDirectoriesUnchanged();
    }

    /** A list answer (200) holds nothing of B; filters naming only B's objects may also be refused (4xx). */
    private void assertNothingOfB(ApiResponse response, String[] call, boolean mustSucceed) {
        String what = "GET " + call[0] + "?" + call[1];
        if (!mustSucceed && response.status() >= 400 && response.status() < 500) return;
        response.assertStatus(200);
        assertFalse(response.text().contains(bMarker), what + " shows B's objects: " + response.text());
        if (!call[1].isEmpty()) {
            JsonNode items = response.body().elements().next();
            assertTrue(items.isArray() && items.isEmpty(), what + " must find nothing in A: " + response.text());
        }
    }

    private static List<String> displayIds(JsonNode items, String pointer) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.at(pointer + "/display_id").asText()));
        return ids;
    }
}
