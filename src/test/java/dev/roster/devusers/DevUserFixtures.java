package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;

/** The base of the update tests: a user with every field set, and the checks around it. */
abstract class DevUserFixtures extends ApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    JsonNode fetch(String id) {
        return api.get("/dev-users.get", "id=" + id).assertStatus(200).body().get("dev_user");
    }

    static String id(JsonNode user) { return user.get("display_id").asText(); }

    static JsonNode tree(Object value) { return MAPPER.valueToTree(value); }

    /** A user with every updatable field set, reporting to the admin. */
    JsonNode fullUser(String email) {
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

    void assertUnchanged(JsonNode before) {
        assertEquals(before, fetch(id(before)), "a refused update changes nothing");
    }

    private static String json(Map<String, ?> fields) {
        return tree(fields).toString();
    }
}
