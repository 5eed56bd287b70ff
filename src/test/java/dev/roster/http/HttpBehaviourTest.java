package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.OpenApiValidator;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpBehaviourTest extends ApiTest {
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> DEV_USER_PATHS = List.of("/dev-users.activate", "/dev-users.create",
        "/dev-users.deactivate", "/dev-users.get", "/dev-users.identities.link", "/dev-users.identities.unlink",
        "/dev-users.list", "/dev-users.merge", "/dev-users.self", "/dev-users.self.update", "/dev-users.update");

    /**
     * Sends a request the OpenAPI documents do not describe (an unknown route), with the admin's token,
     * and checks its body is the documented not_found error.
     */
    private HttpResponse<String> undocumented(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"))
            .header("Authorization", "Bearer " + server.token(tenant, tenant.adminId(), Scope.ADMIN))
            .header("Content-Type", "application/json")
            .build();
        HttpResponse<String> response = RAW.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = MAPPER.readTree(response.body());
        OpenApiValidator.roster().validate("POST", "/dev-users.get", response.statusCode(), body, true, method + " " + path);
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("not_found", body.get("type").asText(), response.body());
        assertFalse(body.get("message").asText().isBlank());
        return response;
    }

    private int userCount() {
        return api.get("/dev-users.list").assertStatus(200).body().get("dev_users").size();
    }

    private static void assertSecurityHeaders(String nosniff, String cacheControl) {
        assertEquals("nosniff", nosniff);
        assertEquals("no-store", cacheControl);
    }

    private static void assertSecurityHeaders(ApiResponse response) {
        assertSecurityHeaders(response.header("X-Content-Type-Options"), response.header("Cache-Control"));
    }

    @Test
    void an_unknown_route_is_not_found_in_the_error_shape() throws Exception {
        HttpResponse<String> response = undocumented("POST", "/dev-users.nonexistent");
        undocumented("GET", "/no/such/path");
        assertSecurityHeaders(response.headers().firstValue("X-Content-Type-Options").orElse(null),
            response.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void a_get_on_a_post_only_route_is_not_found() throws Exception {
        undocumented("GET", "/dev-users.create?email=ada@example.com&state=shadow");
        undocumented("GET", "/dev-users.merge");
        undocumented("POST", "/health");
        assertEquals(1, userCount(), "nothing was created");
    }

    @Test
    void malformed_json_is_a_parse_error_and_creates_nothing() {
        api.post("/dev-users.create", "{\"email\":\"ada@example.com\",").assertError(400, "parse_error", null);
        api.post("/dev-users.create", "{email: 'ada@example.com'}").assertError(400, "parse_error", null);
        api.post("/dev-users.list", "not json").assertError(400, "parse_error", null);
        assertEquals(1, userCount());
    }

    @Test
    void a_json_body_that_is_not_an_object_is_a_parse_error() {
        api.post("/dev-users.create", "[{\"email\":\"ada@example.com\",\"state\":\"shadow\"}]")
            .assertError(400, "parse_error", null);
        api.post("/dev-users.list", "\"text\"").assertError(400, "parse_error", null);
        api.post("/dev-users.self", "42").assertError(400, "parse_error", null);
        api.post("/dev-users.self", "true").assertError(400, "parse_error", null);
        assertEquals(1, userCount());
    }

    @Test
    void an_empty_body_counts_as_an_empty_object() {
        assertEquals(tenant.adminDisplayId(), api.post("/dev-users.self", "").assertStatus(200).at("/dev_user/display_id"));
        assertEquals(1, api.post("/dev-users.list", "").assertStatus(200).body().get("dev_users").size());
        api.post("/dev-users.create", "").assertError(400, "missing_required_field", "email");
        api.post("/dev-users.merge", new byte[0], "application/json").assertError(400, "missing_required_field", null);
    }

    @Test
    void json_null_fields_count_as_absent() {
        JsonNode ada = api.post("/dev-users.create",
                "{\"email\":\"ada@example.com\",\"state\":\"shadow\",\"full_name\":null,\"reports_to\":null}")
            .assertStatus(201).body().get("dev_user");
        assertTrue(ada.path("full_name").isMissingNode(), "no null is echoed back: " + ada);
        assertTrue(ada.path("reports_to").isMissingNode());
        String id = ada.get("display_id").asText();

        JsonNode updated = api.post("/dev-users.update",
                "{\"id\":\"" + id + "\",\"display_name\":null,\"full_name\":\"Ada L\"}")
            .assertStatus(200).body().get("dev_user");
        assertEquals("ada", updated.get("display_name").asText(), "a null display_name leaves it unchanged");
        assertEquals("Ada L", updated.get("full_name").asText());

        api.post("/dev-users.create", "{\"email\":null,\"state\":\"shadow\"}").assertError(400, "missing_required_field", "email");
        JsonNode page = api.post("/dev-users.list", "{\"limit\":null,\"cursor\":null,\"state\":null}").assertStatus(200).body();
        assertEquals(2, page.get("dev_users").size());
    }

    @Test
    void unknown_fields_are_ignored() {
        JsonNode ada = api.post("/dev-users.create",
                "{\"email\":\"ada@example.com\",\"state\":\"shadow\",\"future_field\":{\"a\":[1,2]},\"pronouns\":\"she\"}")
            .assertStatus(201).body().get("dev_user");
        assertTrue(ada.path("future_field").isMissingNode());
        assertEquals(2, api.post("/dev-users.list", "{\"not_yet\":true}").assertStatus(200).body().get("dev_users").size());
        api.get("/dev-users.get", "id=" + ada.get("display_id").asText() + "&extra=1").assertStatus(200);
    }

    @Test
    void a_body_over_one_mebibyte_is_a_bad_request_and_creates_nothing() {
        String padding = "x".repeat(1_100_000);
        String body = json("email", "big@example.com", "state", "shadow", "padding", padding);
        assertTrue(body.length() > (1 << 20));

        api.post("/dev-users.create", body.getBytes(StandardCharsets.UTF_8), "application/json")
            .assertError(400, "bad_request", null);

        assertEquals(0, api.get("/dev-users.list", "email=big@example.com").assertStatus(200).body().get("dev_users").size());
    }

    @Test
    void a_body_just_under_one_mebibyte_is_read() {
        String head = json("email", "big@example.com", "state", "shadow", "padding", "");
        String body = head.replace("\"padding\":\"\"", "\"padding\":\"" + "x".repeat((1 << 20) - head.length()) + "\"");
        assertEquals(1 << 20, body.getBytes(StandardCharsets.UTF_8).length);

        api.post("/dev-users.create", body.getBytes(StandardCharsets.UTF_8), "application/json").assertStatus(201);
    }

    @Test
    void invalid_utf8_is_a_bad_request_and_creates_nothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"email\":\"ad".getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        bytes.writeBytes("a@example.com\",\"state\":\"shadow\"}".getBytes(StandardCharsets.US_ASCII));

        ApiResponse response = api.post("/dev-users.create", bytes.toByteArray(), "application/json; charset=utf-8");

        response.assertError(400, "parse_error", null);
        assertEquals(1, userCount());
    }

    @Test
    void security_headers_are_on_success_and_error_responses() {
        assertSecurityHeaders(api.get("/dev-users.self").assertStatus(200));
        assertSecurityHeaders(api.anonymous().get("/health").assertStatus(200));
        assertSecurityHeaders(api.anonymous().get("/dev-users.self").assertStatus(401));
        assertSecurityHeaders(api.post("/dev-users.create", "{").assertStatus(400));
        assertSecurityHeaders(api.get("/dev-users.get", "id=DEVU-999999999").assertStatus(404));
        var read = tenant.as(DevUsers.number(DevUsers.create(api, "ada@example.com")), Scope.READ);
        assertSecurityHeaders(read.post("/dev-users.create", json("email", "b@example.com", "state", "shadow")).assertStatus(403));
    }

    @Test
    void health_answers_ok_without_a_token() {
        ApiResponse response = api.anonymous().get("/health").assertStatus(200);
        assertEquals("ok", response.body().get("status").asText());
        assertEquals(1, response.body().size(), response.text());
        assertEquals("ok", api.withToken("garbage").get("/health").assertStatus(200).body().get("status").asText(),
            "a bad token does not matter on /health");
    }

    @Test
    void the_openapi_document_is_served_without_a_token_and_describes_the_dev_user_operations() {
        ApiResponse response = api.anonymous().get("/openapi.json").assertStatus(200);
        JsonNode doc = response.body();

        assertTrue(doc.get("openapi").asText().startsWith("3."), "openapi version: " + doc.get("openapi"));
        for (String path : DEV_USER_PATHS) assertTrue(doc.get("paths").has(path), "the document lists " + path);
        assertTrue(doc.at("/paths/~1dev-users.identities.link/post").isObject());
        assertTrue(response.header("Content-Type").startsWith("application/json"));
    }

    @Test
    void no_server_version_banner_is_sent() {
        for (ApiResponse response : List.of(api.anonymous().get("/health"), api.get("/dev-users.self"),
                api.anonymous().get("/dev-users.self"))) {
            String banner = response.header("Server");
            assertTrue(banner == null || !banner.matches(".*\\d.*"), "Server header reveals a version: " + banner);
            assertNull(response.header("X-Powered-By"));
        }
    }
}
