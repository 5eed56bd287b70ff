package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevUsersListFilterTest extends ApiTest {
    private static final String LIST = "/dev-users.list";

    /** Lists by GET and by POST, checks both answer the same, and answers the emails in order. */
    private List<String> both(String query, String body) {
        JsonNode viaGet = api.get(LIST, query).assertStatus(200).body();
        JsonNode viaPost = api.post(LIST, body).assertStatus(200).body();
        assertEquals(viaGet, viaPost, "GET ?" + query + " and POST " + body + " must answer the same");
        return emails(viaGet);
    }

    private static List<String> emails(JsonNode page) {
        List<String> emails = new ArrayList<>();
        page.get("dev_users").forEach(user -> emails.add(user.get("email").asText()));
        return emails;
    }

    private List<JsonNode> everyone() {
        List<JsonNode> users = new ArrayList<>();
        api.post(LIST, json("limit", 100)).assertStatus(200).body().get("dev_users").forEach(users::add);
        return users;
    }

    private void create(String email, Map<String, Object> customFields) {
        api.post("/dev-users.create", json("email", email, "state", "shadow", "custom_fields", customFields)).assertStatus(201);
    }

    private void link(String user, String issuer, String id) {
        api.post("/dev-users.identities.link", json("dev_user", user, "issuer", issuer, "id", id)).assertStatus(200);
    }

    private String admin() {
        return api.get("/dev-users.self").assertStatus(200).at("/dev_user/email");
    }

    @Test
    void the_email_filter_matches_any_listed_address_case_insensitively() {
        DevUsers.create(api, "ada@example.com");
        DevUsers.create(api, "Bob@Example.com");
        DevUsers.create(api, "cyd@example.com");

        assertEquals(List.of("ada@example.com", "Bob@Example.com"),
            both("email=ADA@example.com,bob@example.COM", json("email", List.of("ADA@example.com", "bob@example.COM"))));
        assertEquals(List.of("cyd@example.com"), both("email=cyd@example.com", json("email", List.of("cyd@example.com"))));
        JsonNode none = api.post(LIST, json("email", List.of("nobody@example.com"))).assertStatus(200).body();
        assertEquals(0, none.get("dev_users").size());
        assertFalse(none.has("next_cursor") || none.has("prev_cursor"), none.toString());
    }

    @Test
    void comma_separated_repeated_and_double_quoted_query_arrays_mean_the_same() {
        DevUsers.create(api, "a@x.io");
        DevUsers.create(api, "b@x.io");
        DevUsers.create(api, "c@x.io");
        List<String> expected = List.of("a@x.io", "b@x.io");

        assertEquals(expected, both("email=a@x.io,b@x.io", json("email", expected)));
        assertEquals(expected, both("email=a@x.io&email=b@x.io", json("email", expected)));
        assertEquals(expected, both("email=%22a@x.io%22,%22b@x.io%22", json("email", expected)));
        assertEquals(expected, both("email=%22a@x.io%22&email=%22b@x.io%22", json("email", expected)));
    }

    @Test
    void the_state_filter_keeps_only_the_given_states() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        DevUsers.create(api, "cyd@example.com");
        api.post("/dev-users.activate", json("id", ada)).assertStatus(200);
        api.post("/dev-users.deactivate", json("id", bob)).assertStatus(200);

        assertEquals(List.of("cyd@example.com"), both("state=shadow", json("state", List.of("shadow"))));
        assertEquals(List.of(admin(), "ada@example.com", "bob@example.com"),
            both("state=active,deactivated", json("state", List.of("active", "deactivated"))));
        assertEquals(List.of("bob@example.com"), both("state=deactivated", json("state", List.of("deactivated"))));
        api.post(LIST, json("state", List.of("asleep"))).assertError(400, "invalid_enum_value", "state")
            .assertMessageContains("shadow");
    }

    @Test
    void the_external_identity_filter_matches_by_issuer_id_or_both() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        String cyd = DevUsers.create(api, "cyd@example.com").get("display_id").asText();
        DevUsers.create(api, "dee@example.com");
        link(ada, "github", "ada-gh");
        link(bob, "github", "bob-gh");
        link(bob, "okta", "00u1");
        link(cyd, "gitlab", "ada-gh");

        assertEquals(List.of("ada@example.com", "bob@example.com"), both("external_identity.issuer=github",
            json("external_identity", List.of(Map.of("issuer", "github")))));
        assertEquals(List.of("ada@example.com", "cyd@example.com"), both("external_identity.id=ada-gh",
            json("external_identity", List.of(Map.of("id", "ada-gh")))));
        assertEquals(List.of("ada@example.com"), both("external_identity.issuer=github&external_identity.id=ada-gh",
            json("external_identity", List.of(Map.of("issuer", "github", "id", "ada-gh")))));
        api.post(LIST, json("external_identity", Map.of("issuer", "github", "id", "ada-gh")))
            .assertError(400, "unexpected_json_type", "external_identity");
        assertEquals(List.of("bob@example.com", "cyd@example.com"), emails(api.post(LIST,
            json("external_identity", List.of(Map.of("issuer", "okta"), Map.of("issuer", "gitlab")))).assertStatus(200).body()),
            "several items match any of them, and a user matching two appears once");
        assertEquals(List.of(), both("external_identity.issuer=gitlab&external_identity.id=bob-gh",
            json("external_identity", List.of(Map.of("issuer", "gitlab", "id", "bob-gh")))));
        api.post(LIST, json("external_identity", List.of(Map.of("display_name", "x"))))
            .assertError(400, "missing_required_field", null);
    }

    @Test
    void created_date_filters_are_inclusive_in_the_untagged_tagged_and_query_forms() {
        DevUsers.create(api, "ada@example.com");
        JsonNode bob = DevUsers.create(api, "bob@example.com");
        DevUsers.create(api, "cyd@example.com");
        String at = bob.get("created_date").asText();
        Instant instant = Instant.parse(at);
        List<String> expected = everyone().stream().filter(u -> Instant.parse(u.get("created_date").asText()).equals(instant))
            .map(u -> u.get("email").asText()).toList();
        assertTrue(expected.contains("bob@example.com"));

        List<String> untagged = both("created_date.after=" + at + "&created_date.before=" + at,
            json("created_date", Map.of("after", at, "before", at)));
        assertEquals(expected, untagged, "both ends are inclusive");
        assertEquals(expected, both("created_date.type=range&created_date.after=" + at + "&created_date.before=" + at,
            json("created_date", Map.of("type", "range", "after", at, "before", at))));

        List<String> fromBob = everyone().stream().filter(u -> !Instant.parse(u.get("created_date").asText()).isBefore(instant))
            .map(u -> u.get("email").asText()).toList();
        assertEquals(fromBob, both("created_date.after=" + at, json("created_date", Map.of("after", at))));
        assertTrue(fromBob.containsAll(List.of("bob@example.com", "cyd@example.com")));
        assertEquals(List.of(), both("created_date.before=2000-01-01T00:00:00.000Z",
            json("created_date", Map.of("type", "range", "before", "2000-01-01T00:00:00.000Z"))));
    }

    @Test
    void the_last_n_days_preset_filters_created_and_modified_dates() {
        DevUsers.create(api, "ada@example.com");
        DevUsers.create(api, "bob@example.com");
        List<String> all = List.of(admin(), "ada@example.com", "bob@example.com");

        for (String field : List.of("created_date", "modified_date")) {
            assertEquals(all, both(field + ".type=preset&" + field + ".preset_type=last_n_days&" + field + ".days=1",
                json(field, Map.of("type", "preset", "preset_type", "last_n_days", "days", 1))), field);
        }
        assertEquals(all, emails(api.post(LIST, json("created_date", Map.of("preset_type", "last_n_days", "days", 1)))
            .assertStatus(200).body()), "preset_type alone implies the preset form");
        api.post(LIST, json("created_date", Map.of("type", "preset", "preset_type", "last_n_weeks", "days", 1)))
            .assertError(400, "invalid_enum_value", null);
    }

    @Test
    void modified_date_filters_follow_updates_in_every_form() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        DevUsers.create(api, "bob@example.com");
        DevUsers.create(api, "cyd@example.com");
        String at = api.post("/dev-users.update", json("id", ada, "display_name", "Ada")).assertStatus(200)
            .at("/dev_user/modified_date");
        Instant instant = Instant.parse(at);
        List<String> since = everyone().stream().filter(u -> !Instant.parse(u.get("modified_date").asText()).isBefore(instant))
            .map(u -> u.get("email").asText()).toList();
        List<String> until = everyone().stream().filter(u -> !Instant.parse(u.get("modified_date").asText()).isAfter(instant))
            .map(u -> u.get("email").asText()).toList();
        assertTrue(since.contains("ada@example.com") && until.contains("ada@example.com"), "inclusive at both ends");
        assertTrue(until.containsAll(List.of("bob@example.com", "cyd@example.com")));

        assertEquals(since, both("modified_date.after=" + at, json("modified_date", Map.of("after", at))));
        assertEquals(since, both("modified_date.type=range&modified_date.after=" + at,
            json("modified_date", Map.of("type", "range", "after", at))));
        assertEquals(until, both("modified_date.before=" + at, json("modified_date", Map.of("before", at))));
        assertEquals(until, both("modified_date.type=range&modified_date.before=" + at,
            json("modified_date", Map.of("type", "range", "before", at))));
        assertEquals(List.of(), both("modified_date.after=2999-01-01T00:00:00.000Z",
            json("modified_date", Map.of("after", "2999-01-01T00:00:00.000Z"))));
    }

    @Test
    void custom_field_filters_match_json_values_in_post_and_strings_in_get() {
        create("ada@example.com", Map.of("tier", "gold", "level", 3, "vip", true));
        create("bob@example.com", Map.of("tier", "silver", "level", "3", "vip", 1));
        create("cyd@example.com", Map.of("tier", "gold", "level", 1));

        assertEquals(List.of("ada@example.com", "cyd@example.com"),
            both("custom_fields.tier=gold", json("custom_fields", Map.of("tier", "gold"))));
        assertEquals(List.of("bob@example.com"), both("custom_fields.level=3", json("custom_fields", Map.of("level", "3"))));
        assertEquals(List.of(), both("custom_fields.tier=gold&custom_fields.level=3",
            json("custom_fields", Map.of("tier", "gold", "level", "3"))), "the text \"3\" never equals the number 3");
        assertEquals(List.of("ada@example.com"), emails(api.post(LIST, json("custom_fields", Map.of("tier", "gold", "level", 3)))
            .assertStatus(200).body()), "every given key must match");
        assertEquals(List.of("ada@example.com"), emails(api.post(LIST, json("custom_fields", Map.of("vip", true)))
            .assertStatus(200).body()), "true is not 1");
        assertEquals(List.of("bob@example.com"), emails(api.post(LIST, json("custom_fields", Map.of("vip", 1)))
            .assertStatus(200).body()), "1 is not true");
        assertEquals(List.of(), both("custom_fields.tier=bronze", json("custom_fields", Map.of("tier", "bronze"))));
    }

    @Test
    void merged_users_are_left_out_unless_the_deleted_state_is_asked_for() {
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        String bob = DevUsers.create(api, "bob@example.com").get("display_id").asText();
        api.post("/dev-users.merge", json("primary_user", ada, "secondary_user", bob)).assertStatus(200);

        assertEquals(List.of(admin(), "ada@example.com"), both("", "{}"));
        assertEquals(List.of(), both("email=bob@example.com", json("email", List.of("bob@example.com"))));
        JsonNode deleted = api.get(LIST, "state=deleted").assertStatus(200).body();
        assertEquals(List.of("bob@example.com"), emails(deleted));
        assertEquals("deleted", deleted.at("/dev_users/0/state").asText());
        assertEquals(List.of(admin(), "ada@example.com", "bob@example.com"),
            both("state=active,shadow,deleted", json("state", List.of("active", "shadow", "deleted"))));
    }

    @Test
    void the_list_never_shows_another_tenants_users() {
        Tenant other = server.newTenant();
        Api theirs = other.admin();
        String stranger = DevUsers.create(theirs, "stranger@example.com").get("display_id").asText();
        theirs.post("/dev-users.identities.link", json("dev_user", stranger, "issuer", "github", "id", "shared"))
            .assertStatus(200);
        String ada = DevUsers.create(api, "ada@example.com").get("display_id").asText();
        link(ada, "github", "shared");

        assertEquals(List.of(admin(), "ada@example.com"), both("", "{}"));
        assertEquals(List.of(), both("email=stranger@example.com", json("email", List.of("stranger@example.com"))));
        assertEquals(List.of("ada@example.com"), both("external_identity.issuer=github&external_identity.id=shared",
            json("external_identity", List.of(Map.of("issuer", "github", "id", "shared")))));
        assertEquals(List.of(), both("state=deleted", json("state", List.of("deleted"))));
        List<String> theirList = emails(theirs.get(LIST, "limit=100").assertStatus(200).body());
        assertEquals(2, theirList.size(), theirList.toString());
        assertTrue(theirList.contains("stranger@example.com") && !theirList.contains("ada@example.com"));
    }
}
