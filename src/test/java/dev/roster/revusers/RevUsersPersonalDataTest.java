package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * rev-users.personal-data (DevRev's export request, answered {@code {}}), Roster's own
 * /_roster/personal-data.export (the export itself) and rev-users.delete-personal-data (erasure).
 */
class RevUsersPersonalDataTest extends ApiTest {
    private static final String REQUEST = "/rev-users.personal-data";
    private static final String EXPORT = "/_roster/personal-data.export";
    private static final String ERASE = "/rev-users.delete-personal-data";

    private JsonNode create(Api client, Object... fields) {
        return client.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    private List<String> ids(JsonNode users) {
        List<String> ids = new ArrayList<>();
        users.forEach(u -> ids.add(u.get("display_id").asText()));
        return ids;
    }

    private List<String> listed(String path, String query) {
        return ids(api.get(path, query).assertStatus(200).body().get("rev_users"));
    }

    /** Rows of any rev-user table still holding the user with this display id: a hard delete leaves none. */
    private long rowsOf(String displayId) {
        long id = Long.parseLong(displayId.substring("REVU-".length()));
        return server.services().db().read(tx -> {
            long rows = 0;
            for (String sql : List.of("select count(*) from rev_user where id = ?",
                "select count(*) from rev_user_external_ref where rev_user_id = ?",
                "select count(*) from rev_user_phone where rev_user_id = ?",
                "select count(*) from rev_user_association where rev_user_id = ?",
                "select count(*) from object_tag where object_kind = 'rev_user' and object_id = ?")) {
                rows += tx.first(sql, rs -> rs.getLong(1), id).orElseThrow();
            }
            return rows;
        });
    }

    private JsonNode export(String email) {
        return api.post(EXPORT, json("email", email)).assertStatus(200).body().get("rev_users");
    }

    @Test
    void the_export_holds_every_user_with_the_email_case_insensitively_in_full() {
        String org = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).at("/default_rev_org/id");
        JsonNode ada = create(api, "display_name", "Ada", "email", "ada@acme.io", "rev_org", org,
            "phone_numbers", List.of("+14155550001"), "custom_fields", Map.of("k", "v"));
        JsonNode again = create(api, "display_name", "Ada (old)", "email", "ADA@Acme.io");
        create(api, "display_name", "Bob", "email", "bob@acme.io");
        create(server.newTenant().admin(), "display_name", "Other Ada", "email", "ada@acme.io");

        JsonNode exported = export("Ada@ACME.io");

        assertEquals(2, exported.size(), exported.toString());
        assertEquals(ada, exported.get(0));
        assertEquals(again, exported.get(1));
        assertEquals(0, export("nobody@acme.io").size(), "no user, an empty export");
    }

    @Test
    void erasure_leaves_no_trace_in_get_list_scan_filters_or_export() {
        JsonNode acme = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).body();
        String org = acme.at("/default_rev_org/id").asText();
        String tag = api.post("/tags.create", json("name", "vip", "allowed_values", List.of("x"))).assertStatus(201)
            .at("/tag/id");
        List<JsonNode> doomed = List.of(
            create(api, "display_name", "Ada", "email", "ada@acme.io", "external_ref", "crm-1", "rev_org", org,
                "external_refs", List.of("z-1"), "phone_numbers", List.of("+14155550001"), "tags", List.of(Map.of("id", tag))),
            create(api, "display_name", "Ada 2", "email", "Ada@Acme.IO", "tags", List.of(Map.of("id", tag, "value", "x"))));
        JsonNode bob = create(api, "display_name", "Bob", "email", "bob@acme.io", "rev_org", org,
            "tags", List.of(Map.of("id", tag)));
        for (JsonNode user : List.of(doomed.get(0), doomed.get(1), bob)) {
            api.post("/rev-users.associations.add", json("rev_user_id", user.get("id").asText(), "associations",
                List.of(Map.of("associated_to", org)))).assertStatus(201);
        }
        assertTrue(rowsOf(doomed.get(0).get("display_id").asText()) > 4, "the user had rows in every table");
        assertEquals("{}", api.post(ERASE, json("email", "ADA@acme.io")).assertStatus(200).body().toString());

        for (JsonNode user : doomed) {
            assertEquals(0, rowsOf(user.get("display_id").asText()), "no row is left of " + user);
            api.get("/rev-users.get", "id=" + user.get("id").asText()).assertError(404, "not_found", null);
            api.get("/rev-users.associations.list", "rev_user_id=" + user.get("id").asText())
                .assertError(404, "not_found", null);
        }
        String only = bob.get("display_id").asText();
        assertEquals(List.of(only), listed("/rev-users.list", ""));
        assertEquals(List.of(only), listed("/rev-users.scan", ""));
        for (String filter : List.of("tags=" + tag, "associations=" + org, "associations=" + acme.at("/account/id").asText(),
            "rev_org=" + org)) {
            assertEquals(List.of(only), listed("/rev-users.list", filter), filter);
            assertEquals(List.of(only), listed("/rev-users.scan", filter), filter);
        }
        for (String filter : List.of("email=ada@acme.io", "external_ref=crm-1", "external_refs=z-1",
            "phone_numbers=%2B14155550001")) {
            assertEquals(List.of(), listed("/rev-users.list", filter), filter);
            assertEquals(List.of(), listed("/rev-users.scan", filter), filter);
        }
        assertEquals(0, export("ada@acme.io").size());
        assertEquals(2, api.get("/rev-users.associations.list", "rev_user_id=" + only).assertStatus(200)
            .body().get("associations").size(), "others keep their associations (the rev org's and its account's)");
        assertEquals(tag, api.get("/rev-users.get", "id=" + only).assertStatus(200).at("/rev_user/tags/0/tag/id"));
    }

    @Test
    void erasing_an_unknown_email_is_a_harmless_success() {
        JsonNode bob = create(api, "display_name", "Bob", "email", "bob@acme.io");
        assertEquals("{}", api.post(ERASE, json("email", "nobody@acme.io")).assertStatus(200).body().toString());
        assertEquals(List.of(bob.get("display_id").asText()), listed("/rev-users.list", ""));
    }

    @Test
    void another_tenants_users_with_the_email_are_neither_exported_nor_erased() {
        Api other = server.newTenant().admin();
        JsonNode stranger = create(other, "display_name", "Other Ada", "email", "ada@acme.io");

        assertEquals(0, export("ada@acme.io").size());
        api.post(ERASE, json("email", "ada@acme.io")).assertStatus(200);
        assertEquals(stranger, other.get("/rev-users.get", "id=" + stranger.get("id").asText()).assertStatus(200)
            .body().get("rev_user"));
        assertEquals(List.of(stranger.get("display_id").asText()),
            ids(other.post(EXPORT, json("email", "ada@acme.io")).assertStatus(200).body().get("rev_users")));
    }

    @Test
    void devrevs_export_request_answers_exactly_an_empty_object_and_exports_nothing_itself() {
        create(api, "display_name", "Ada", "email", "ada@acme.io");
        assertEquals("{}", api.post(REQUEST, json("email", "ada@acme.io")).assertStatus(200).text());
        assertEquals("{}", api.post(REQUEST, json("email", "nobody@acme.io")).assertStatus(200).text());
        assertEquals(1, export("ada@acme.io").size(), "the data is still there to export");
    }

    @Test
    void the_email_is_required() {
        api.post(REQUEST, "{}").assertError(400, "missing_required_field", "email");
        api.post(REQUEST, json("email", "")).assertError(400, "value_not_permitted", "email");
        api.post(REQUEST, "{\"email\":7}").assertError(400, "unexpected_json_type", "email");
        api.post(EXPORT, "{}").assertError(400, "missing_required_field", "email");
        api.post(EXPORT, "{\"email\":true}").assertError(400, "unexpected_json_type", "email");
        api.post(ERASE, "{}").assertError(400, "missing_required_field", "email");
        api.post(ERASE, json("email", "")).assertError(400, "value_not_permitted", "email");
        api.post(ERASE, "{\"email\":[\"a@b.io\"]}").assertError(400, "unexpected_json_type", "email");
    }

    @Test
    void all_need_an_admin_token_and_a_refusal_erases_nothing() {
        JsonNode ada = create(api, "display_name", "Ada", "email", "ada@acme.io");
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        for (Scope scope : List.of(Scope.WRITE, Scope.READ)) {
            Api client = tenant.as(dev, scope);
            for (String path : List.of(REQUEST, EXPORT, ERASE)) {
                client.post(path, json("email", "ada@acme.io")).assertError(403, "forbidden", null);
            }
        }
        for (String path : List.of(REQUEST, EXPORT, ERASE)) {
            api.anonymous().post(path, json("email", "ada@acme.io")).assertError(401, "unauthenticated", null);
        }
        assertEquals(ada, api.get("/rev-users.get", "id=" + ada.get("id").asText()).assertStatus(200).body().get("rev_user"));
    }
}
