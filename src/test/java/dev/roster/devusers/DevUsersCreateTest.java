package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevUsersCreateTest extends ApiTest {
    private static final String CREATE = "/dev-users.create";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The emails of every dev user the list returns, deleted ones included. */
    private List<String> emails() {
        JsonNode users = api.get("/dev-users.list", "state=shadow,active,deactivated,deleted&limit=100")
            .assertStatus(200).body().get("dev_users");
        return java.util.stream.StreamSupport.stream(users.spliterator(), false)
            .map(u -> u.get("email").asText()).toList();
    }

    @Test
    void a_created_user_is_a_shadow_with_ids_summaries_and_equal_timestamps() {
        ApiResponse response = api.post(CREATE, json("email", "ada@example.com", "state", "shadow",
            "full_name", "Ada Lovelace")).assertStatus(201);
        JsonNode user = response.body().get("dev_user");

        long n = DevUsers.number(user);
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":devu/" + n, user.get("id").asText());
        assertEquals("shadow", user.get("state").asText());
        assertEquals("ada@example.com", user.get("email").asText());
        assertEquals("Ada Lovelace", user.get("full_name").asText());
        assertEquals(0, user.get("external_identities").size());
        assertTrue(user.get("created_date").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
            user.toString());
        assertEquals(user.get("created_date"), user.get("modified_date"));
        for (String who : List.of("created_by", "modified_by")) {
            JsonNode summary = user.get(who);
            assertEquals("dev_user", summary.get("type").asText());
            assertEquals(tenant.adminDisplayId(), summary.get("display_id").asText());
            assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":devu/" + tenant.adminId(),
                summary.get("id").asText());
            assertEquals("active", summary.get("state").asText());
            assertTrue(summary.get("email").asText().startsWith("admin@"), summary.toString());
        }
        assertFalse(user.has("reports_to"), "absent fields are omitted: " + user);
        assertFalse(user.has("custom_fields"), "absent fields are omitted: " + user);
        JsonNode fetched = api.get("/dev-users.get", "id=" + user.get("display_id").asText()).assertStatus(200)
            .body().get("dev_user");
        assertEquals(user, fetched, "the user is stored as answered");
    }

    @Test
    void display_name_defaults_to_the_local_part_of_the_email() {
        JsonNode user = DevUsers.create(api, "Grace.Hopper+navy@example.com");
        assertEquals("Grace.Hopper+navy", user.get("display_name").asText());
        assertEquals("Grace.Hopper+navy@example.com", user.get("email").asText(), "the email keeps its case");
    }

    @Test
    void custom_fields_are_returned_exactly_as_given() throws Exception {
        String custom = "{\"tier\":\"gold\",\"seats\":12,\"ratio\":0.25,\"big\":12345678901234567890,"
            + "\"on\":true,\"tags\":[\"a\",\"b\",{\"x\":1}],\"nested\":{\"deep\":{\"k\":\"\u00e9\u6f22\"}},\"empty\":{}}";
        ApiResponse response = api.post(CREATE, "{\"email\":\"ada@example.com\",\"state\":\"shadow\",\"custom_fields\":"
            + custom + "}").assertStatus(201);
        JsonNode user = response.body().get("dev_user");

        assertEquals(MAPPER.readTree(custom), user.get("custom_fields"));
        assertTrue(response.text().contains("\"custom_fields\":" + custom), "keys keep their order: " + response.text());
        JsonNode fetched = api.get("/dev-users.get", "id=" + user.get("id").asText()).assertStatus(200).body();
        assertEquals(MAPPER.readTree(custom), fetched.at("/dev_user/custom_fields"));
    }

    @Test
    void reports_to_names_the_manager_by_display_id_or_don() {
        JsonNode boss = DevUsers.create(api, "boss@example.com");

        JsonNode ada = api.post(CREATE, json("email", "ada@example.com", "state", "shadow",
            "reports_to", boss.get("display_id").asText().toLowerCase())).assertStatus(201).body().get("dev_user");
        JsonNode bob = api.post(CREATE, json("email", "bob@example.com", "state", "shadow",
            "reports_to", boss.get("id").asText())).assertStatus(201).body().get("dev_user");

        for (JsonNode user : List.of(ada, bob)) {
            JsonNode manager = user.get("reports_to");
            assertEquals("dev_user", manager.get("type").asText());
            assertEquals(boss.get("id"), manager.get("id"));
            assertEquals(boss.get("display_id"), manager.get("display_id"));
            assertEquals("boss@example.com", manager.get("email").asText());
            assertEquals("boss", manager.get("display_name").asText());
            assertEquals("shadow", manager.get("state").asText());
        }
    }

    @Test
    void a_duplicate_email_is_rejected_case_insensitively_and_nothing_is_created() {
        DevUsers.create(api, "ada@example.com");
        List<String> before = emails();

        api.post(CREATE, json("email", "ADA@Example.COM", "state", "shadow"))
            .assertError(400, "value_not_permitted", "email").assertMessageContains("already exists");
        api.post(CREATE, json("email", "ada@example.com", "state", "shadow"))
            .assertError(400, "value_not_permitted", "email");

        assertEquals(before, emails());
    }

    @Test
    void the_same_email_may_exist_in_another_dev_org() {
        DevUsers.create(api, "ada@example.com");
        JsonNode other = DevUsers.create(server.newTenant().admin(), "ada@example.com");
        assertEquals("ada@example.com", other.get("email").asText());
    }

    @Test
    void a_merged_users_email_can_be_reused() {
        JsonNode primary = DevUsers.create(api, "ada@example.com");
        JsonNode secondary = DevUsers.create(api, "old-ada@example.com");
        api.post("/dev-users.merge", json("primary_user", primary.get("display_id").asText(),
            "secondary_user", secondary.get("display_id").asText())).assertStatus(200);

        JsonNode reused = DevUsers.create(api, "Old-Ada@example.com");

        assertFalse(reused.get("id").equals(secondary.get("id")), "a new user, not the merged one revived");
        assertEquals("shadow", reused.get("state").asText());
        assertEquals(2, emails().stream().filter(e -> e.equalsIgnoreCase("old-ada@example.com")).count(),
            "the merged user stays, deleted, beside the new one");
    }

    @Test
    void invalid_emails_are_rejected_and_nothing_is_created() {
        List<String> before = emails();
        for (String email : List.of("no-at-sign", "two@@example.com", "ada@", "@example.com", "ada@example",
            "a da@example.com", "ada@exa_mple.com", "x".repeat(250) + "@example.com")) {
            api.post(CREATE, json("email", email, "state", "shadow")).assertError(400, "value_not_permitted", "email");
        }
        api.post(CREATE, json("email", "", "state", "shadow")).assertError(400, "value_not_permitted", "email");
        api.post(CREATE, json("email", "ada@example.com", "state", "shadow", "full_name", " "))
            .assertError(400, "value_not_permitted", "full_name");
        assertEquals(before, emails());
    }

    @Test
    void a_state_other_than_shadow_is_an_invalid_enum_value() {
        for (String state : List.of("active", "deactivated", "deleted", "SHADOW", "")) {
            ApiResponse response = api.post(CREATE, json("email", "ada@example.com", "state", state))
                .assertError(400, "invalid_enum_value", "state").assertMessageContains("shadow");
            assertEquals(List.of("shadow"), MAPPER.convertValue(response.body().get("allowed_values"), List.class));
        }
        assertFalse(emails().contains("ada@example.com"));
    }

    @Test
    void email_and_state_are_required() {
        api.post(CREATE, json("state", "shadow")).assertError(400, "missing_required_field", "email")
            .assertMessageContains("email");
        api.post(CREATE, json("email", "ada@example.com")).assertError(400, "missing_required_field", "state")
            .assertMessageContains("state");
        api.post(CREATE, "{\"email\":null,\"state\":\"shadow\"}").assertError(400, "missing_required_field", "email");
        api.post(CREATE, "").assertError(400, "missing_required_field", null);
        assertFalse(emails().contains("ada@example.com"));
    }

    @Test
    void wrong_json_types_are_named() {
        api.post(CREATE, "{\"email\":7,\"state\":\"shadow\"}").assertError(400, "unexpected_json_type", "email");
        api.post(CREATE, "{\"email\":\"ada@example.com\",\"state\":[\"shadow\"]}")
            .assertError(400, "unexpected_json_type", "state");
        ApiResponse response = api.post(CREATE, "{\"email\":\"ada@example.com\",\"state\":\"shadow\",\"custom_fields\":[1]}")
            .assertError(400, "unexpected_json_type", "custom_fields");
        assertEquals("object", response.body().get("expected").asText());
        assertEquals("array", response.body().get("actual").asText());
        assertFalse(emails().contains("ada@example.com"));
    }

    @Test
    void a_bad_reports_to_is_rejected_by_kind_and_nothing_is_created() {
        JsonNode stranger = DevUsers.create(server.newTenant().admin(), "stranger@example.com");
        List<String> before = emails();
        Map<String, String> cases = Map.of(
            "not an id", "invalid_id",
            "REVU-1", "unexpected_id_type",
            "don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":revu/1", "unexpected_id_type");
        cases.forEach((id, type) -> api.post(CREATE, json("email", "ada@example.com", "state", "shadow", "reports_to", id))
            .assertError(400, type, "reports_to"));
        for (String id : List.of("DEVU-999999999", stranger.get("id").asText(), stranger.get("display_id").asText())) {
            api.post(CREATE, json("email", "ada@example.com", "state", "shadow", "reports_to", id))
                .assertError(404, "not_found", null);
        }
        assertEquals(before, emails());
    }

    @Test
    void unknown_fields_are_ignored() {
        JsonNode user = api.post(CREATE, json("email", "ada@example.com", "state", "shadow", "future_field", List.of(1),
            "custom_schema_spec", Map.of("tenant_fragment", true))).assertStatus(201).body().get("dev_user");
        assertFalse(user.has("future_field"));
    }

    @Test
    void only_an_admin_token_may_create() {
        long ada = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        for (Scope scope : List.of(Scope.READ, Scope.WRITE)) {
            tenant.as(ada, scope).post(CREATE, json("email", "bob@example.com", "state", "shadow"))
                .assertError(403, "forbidden", null);
        }
        api.anonymous().post(CREATE, json("email", "bob@example.com", "state", "shadow"))
            .assertError(401, "unauthenticated", null);
        assertFalse(emails().contains("bob@example.com"));
        JsonNode made = tenant.as(ada, Scope.ADMIN).post(CREATE, json("email", "bob@example.com", "state", "shadow"))
            .assertStatus(201).body().get("dev_user");
        assertEquals("DEVU-" + ada, made.at("/created_by/display_id").asText());
    }
}
