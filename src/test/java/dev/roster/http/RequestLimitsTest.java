package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every request's work is bounded: arrays, free-form objects and query nesting have caps, named in the answer. */
class RequestLimitsTest extends ApiTest {
    private static String array(int items, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < items; i++) values.add("\"" + prefix + i + "@example.com\"");
        return "[" + String.join(",", values) + "]";
    }

    private static String customFields(int keys, int valueLength) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < keys; i++) fields.add("\"k" + i + "\":\"" + "x".repeat(valueLength) + "\"");
        return "{" + String.join(",", fields) + "}";
    }

    @Test
    void a_filter_array_past_the_cap_is_refused_naming_the_field_and_the_limit() {
        api.post("/rev-users.list", "{\"email\":" + array(100, "a") + "}").assertStatus(200);
        api.post("/rev-users.list", "{\"email\":" + array(101, "a") + "}").assertError(400, "value_not_permitted", "email")
            .assertMessageContains("at most 100");
        // A query string's comma-separated items count the same.
        StringBuilder emails = new StringBuilder();
        for (int i = 0; i < 101; i++) emails.append(i == 0 ? "" : ",").append("u").append(i).append("@example.com");
        api.get("/dev-users.list", "email=" + emails).assertError(400, "value_not_permitted", "email")
            .assertMessageContains("at most 100");
    }

    @Test
    void custom_field_filters_and_values_have_caps() {
        api.post("/rev-users.list", "{\"custom_fields\":" + customFields(100, 1) + "}").assertStatus(200);
        api.post("/rev-users.list", "{\"custom_fields\":" + customFields(101, 1) + "}")
            .assertError(400, "value_not_permitted", "custom_fields").assertMessageContains("at most 100");
        api.post("/rev-users.create", "{\"display_name\":\"Big\",\"custom_fields\":" + customFields(2, 40_000) + "}")
            .assertError(400, "value_not_permitted", "custom_fields").assertMessageContains("at most 65536");
        assertEquals(0, api.get("/rev-users.list").assertStatus(200).body().get("rev_users").size(), "nothing was stored");
    }

    @Test
    void a_number_past_double_range_is_refused_not_stored_as_infinity() {
        api.post("/rev-users.create", "{\"display_name\":\"Inf\",\"custom_fields\":{\"x\":1e999999}}")
            .assertError(400, "value_not_permitted", "custom_fields").assertMessageContains("finite");
        api.post("/rev-users.create", "{\"display_name\":\"Fine\",\"custom_fields\":{\"x\":1.5e300}}").assertStatus(201);
    }

    @Test
    void query_keys_nest_only_so_deep() {
        String deep = "a" + ".a".repeat(5_000);
        api.get("/dev-users.list", deep + "=1").assertError(400, "bad_request", null).assertMessageContains("nests deeper");
        api.get("/dev-users.list", "a" + ".a".repeat(20) + "=1").assertStatus(200);
    }

    private int head(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (token != null) request.header("Authorization", "Bearer " + token);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(0, response.body().length, "a HEAD answer has no body");
        return response.statusCode();
    }

    @Test
    void head_on_a_read_operation_answers_as_get_would() throws Exception {
        assertEquals(401, head("/dev-users.list", null));
        assertEquals(401, head("/rev-users.get?id=REVU-1", null));
        assertEquals(200, head("/dev-users.self", server.token(tenant, tenant.adminId(), Scope.READ)));
    }
}
