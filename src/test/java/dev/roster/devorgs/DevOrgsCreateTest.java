package dev.roster.devorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevOrgsCreateTest extends ApiTest {
    private static final String CREATE = "/_roster/dev-orgs.create";

    @Test
    void defaults_give_a_numbered_name_and_the_default_admin_whose_token_works() {
        JsonNode created = server.operator().post(CREATE, "{}").assertStatus(201).body();
        String display = created.at("/dev_org/display_id").asText();
        long n = Long.parseLong(display.substring("DEV-".length()));
        assertEquals("don:identity:dvrv-us-1:devo/" + n, created.at("/dev_org/id").asText());
        assertEquals("Dev org " + n, created.at("/dev_org/display_name").asText());
        assertEquals("admin@roster.local", created.at("/admin/email").asText());
        assertEquals("active", created.at("/admin/state").asText());

        Api admin = new Api(server.baseUrl(), created.get("token").asText());
        assertEquals(created.at("/admin/id").asText(), admin.get("/dev-users.self").assertStatus(200).at("/dev_user/id"));
        admin.post("/accounts.create", json("display_name", "Acme")).assertStatus(201);
        assertEquals(1, admin.get("/dev-users.list").assertStatus(200).body().get("dev_users").size());
    }

    @Test
    void given_name_and_admin_email_are_used() {
        JsonNode created = server.operator().post(CREATE, json("display_name", "Test 7", "admin_email", "ops@example.com"))
            .assertStatus(201).body();
        assertEquals("Test 7", created.at("/dev_org/display_name").asText());
        assertEquals("ops@example.com", created.at("/admin/email").asText());
        assertTrue(created.at("/admin/id").asText().contains(created.at("/dev_org/id").asText() + ":devu/"));
    }

    @Test
    void wrong_types_bad_emails_and_fixtures_are_refused_naming_the_field() {
        Api operator = server.operator();
        operator.post(CREATE, json("display_name", 5)).assertError(400, "unexpected_json_type", "display_name");
        operator.post(CREATE, json("admin_email", true)).assertError(400, "unexpected_json_type", "admin_email");
        operator.post(CREATE, json("fixture", 1)).assertError(400, "unexpected_json_type", "fixture");
        operator.post(CREATE, json("admin_email", "not-an-email")).assertError(400, "value_not_permitted", "admin_email");
        operator.post(CREATE, json("display_name", " ")).assertError(400, "value_not_permitted", "display_name");
        operator.post(CREATE, json("fixture", " ")).assertError(400, "value_not_permitted", "fixture");
    }

    @Test
    void a_fixture_fills_the_new_org_and_its_answers_come_back() {
        JsonNode created = server.operator().post(CREATE, json("fixture", "acme")).assertStatus(201).body();
        assertEquals("acme", created.at("/fixture/fixture").asText());
        Api admin = new Api(server.baseUrl(), created.get("token").asText());
        JsonNode accounts = admin.get("/accounts.list").assertStatus(200).body().get("accounts");
        assertEquals(2, accounts.size());
        assertTrue(accounts.get(0).get("id").asText().contains(created.at("/dev_org/id").asText() + ":"));
        assertEquals(created.at("/fixture/results/6/body/account/id").asText(),
            admin.get("/accounts.get", "id=" + created.at("/fixture/results/6/body/account/display_id").asText())
                .assertStatus(200).at("/account/id"));
        assertEquals(3, admin.get("/dev-users.list").assertStatus(200).body().get("dev_users").size());
    }

    @Test
    void an_unknown_fixture_is_refused_naming_the_loaded_ones_and_makes_no_org() {
        String name = "Unknown fixture " + java.util.UUID.randomUUID();
        server.operator().post(CREATE, json("display_name", name, "fixture", "acne")).assertError(400, "invalid_field", "fixture")
            .assertMessageContains("no fixture is named 'acne'; the loaded ones are acme, bad-field");
        assertFalse(devOrgNames().contains(name));
    }

    @Test
    void a_failing_fixture_leaves_no_org_behind_and_names_the_step() {
        String name = "Failing fixture " + java.util.UUID.randomUUID();
        server.operator().post(CREATE, json("display_name", name, "fixture", "bad-field"))
            .assertError(400, "value_not_permitted", "display_name")
            .assertMessageContains("fixture bad-field, step 2 (accounts.create, as blank)");
        server.operator().post(CREATE, json("display_name", name, "fixture", "missing-object"))
            .assertError(400, "bad_request", null).assertMessageContains("step 2 (rev-orgs.create)");
        assertFalse(devOrgNames().contains(name));
    }

    /** The display names of every dev org, through dev-orgs.list page by page. */
    private List<String> devOrgNames() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = server.operator().get("/_roster/dev-orgs.list", "limit=100" + (cursor == null ? "" : "&cursor=" + cursor))
                .assertStatus(200).body();
            page.get("dev_orgs").forEach(org -> names.add(org.get("display_name").asText()));
            cursor = page.path("next_cursor").asText(null);
        } while (cursor != null);
        return names;
    }

    @Test
    void org_tokens_of_any_scope_are_refused_and_no_token_is_unauthenticated() {
        api.post(CREATE, "{}").assertError(403, "forbidden", null);
        api.post("/_roster/dev-orgs.list", "{}").assertError(403, "forbidden", null);
        api.post("/_roster/dev-orgs.delete", json("id", "DEV-1")).assertError(403, "forbidden", null);
        api.anonymous().post(CREATE, "{}").assertError(401, "unauthenticated", null);
        api.withToken("roster_not-a-token").post(CREATE, "{}").assertError(401, "unauthenticated", null);
    }

    @Test
    void the_operator_token_reaches_no_devrev_operation() {
        Api operator = server.operator();
        operator.get("/dev-users.self").assertError(403, "forbidden", null).assertMessageContains("operator token");
        operator.get("/dev-users.list").assertError(403, "forbidden", null);
        operator.post("/accounts.create", json("display_name", "Acme")).assertError(403, "forbidden", null);
        operator.post("/_roster/personal-data.export", json("email", "a@example.com")).assertError(403, "forbidden", null);
    }
}
