package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.Api;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Tenant;
import java.util.List;
import java.util.Map;

/** What the update tests share: a user with every field set, and the checks around it. */
final class DevUserFixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DevUserFixtures() {}

    static JsonNode fetch(Api api, String id) {
        return api.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    static String id(JsonNode user) { return user.get("display_id").asText(); }

    static JsonNode tree(Object value) { return MAPPER.valueToTree(value); }

    /** A user with every updatable field set, reporting to the admin. */
    static JsonNode fullUser(Api api, Tenant tenant, String email) {
        return api.post("/dev-users.update", json(Map.of("id", id(DevUsers.create(api, email)), "display_name", "Ada",
            "full_name", "Ada L.", "job_title", "cxo",
            "job_history", List.of(Map.of("employment_status", 1, "title", "Analyst")),
            "experience_start_date", "2015-06-01T00:00:00Z", "reports_to", tenant.adminDisplayId(),
            "custom_fields", Map.of("team", "engines")))).assertStatus(200).body().get("dev_user");
    }

    /** A JSON array of strings as a list. */
    static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static void assertUnchanged(Api api, JsonNode before) {
        assertEquals(before, fetch(api, id(before)), "a refused update changes nothing");
    }

    private static String json(Map<String, Object> fields) {
        return tree(fields).toString();
    }
}
