package dev.roster.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request journal records a dev org's requests, newest first, and shows them only to that org's admin. */
class RequestsListTest extends ApiTest {
    private static final String LIST = "/_roster/requests.list";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonNode requests(String query) {
        return api.get(LIST, query).assertStatus(200).body().get("requests");
    }

    @Test
    void each_request_is_recorded_with_its_bodies_status_and_request_id_newest_first() throws Exception {
        ApiResponse created = api.post("/tags.create", json("name", "alpha"));
        created.assertStatus(201);
        api.get("/tags.list", "limit=5").assertStatus(200);
        api.post("/tags.get", "{}").assertError(400, "missing_required_field", "id");
        JsonNode all = requests(null);
        assertEquals(3, all.size(), "requests.list itself is not recorded: " + all);
        JsonNode error = all.get(0);
        assertEquals("tags.get", error.get("operation").asText());
        assertEquals(400, error.get("status").asInt());
        assertEquals("missing_required_field", MAPPER.readTree(error.get("response_body").asText()).get("type").asText());
        JsonNode list = all.get(1);
        assertEquals("GET", list.get("method").asText());
        assertEquals("/tags.list", list.get("path").asText());
        assertEquals(Map.of("limit", "5"), MAPPER.convertValue(MAPPER.readTree(list.get("request_body").asText()), Map.class));
        JsonNode create = all.get(2);
        assertEquals("tags.create", create.get("operation").asText());
        assertEquals(201, create.get("status").asInt());
        assertEquals(created.header("X-Request-Id"), create.get("request_id").asText());
        assertEquals(created.body(), MAPPER.readTree(create.get("response_body").asText()));
        assertEquals("alpha", MAPPER.readTree(create.get("request_body").asText()).get("name").asText());
        assertTrue(create.get("duration_ms").asDouble() >= 0);
    }

    @Test
    void no_token_authorization_or_secret_field_is_ever_recorded() {
        String token = server.token(tenant, tenant.adminId(), Scope.ADMIN);
        Api client = api.withToken(token);
        client.post("/tags.create", json("name", "s", "token", "tok-value-1", "zz", Map.of("client_secret", "sec-value-2",
            "password", List.of("pw")))).assertStatus(201);
        client.get("/tags.list", "access_token=tok-value-3").assertStatus(200);
        String journal = api.get(LIST).assertStatus(200).text();
        for (String secret : List.of(token, "tok-value-1", "sec-value-2", "tok-value-3", "Bearer", "uthorization")) {
            assertFalse(journal.contains(secret), () -> secret + " in " + journal);
        }
        assertTrue(journal.contains(Secrets.REDACTED));
    }

    @Test
    void bodies_past_64_kib_are_cut_and_marked() throws Exception {
        api.post("/tags.create", json("name", "big", "zz_padding", "é".repeat(40_000))).assertStatus(201);
        for (int i = 0; i < 20; i++) api.post("/tags.create", json("name", "t" + i, "description", "d".repeat(4000))).assertStatus(201);
        api.get("/tags.list", "limit=50").assertStatus(200);
        JsonNode list = requests("operation=tags.list").get(0);
        assertTrue(list.get("response_body_truncated").asBoolean());
        assertTrue(list.get("response_body").asText().length() <= 64 * 1024);
        JsonNode big = requests("operation=tags.create&limit=100").get(20);
        assertTrue(big.get("request_body_truncated").asBoolean());
        assertTrue(big.get("request_body").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 64 * 1024);
        assertFalse(big.get("request_body").asText().contains("\uFFFD"), "cut where a character starts");
        assertNull(requests("operation=tags.create&limit=1").get(0).get("request_body_truncated"));
    }

    @Test
    void filters_and_cursors_page_through_the_journal() {
        for (int i = 0; i < 5; i++) api.get("/tags.list").assertStatus(200);
        api.post("/tags.get", "{}").assertStatus(400);
        assertEquals(5, requests("operation=tags.list").size());
        assertEquals(1, requests("status=400").size());
        assertEquals(5, requests("method=GET").size());
        assertEquals(6, requests("since=2000-01-01T00:00:00Z").size());
        assertEquals(0, requests("since=2999-01-01T00:00:00Z").size());
        api.get(LIST, "method=PUT").assertError(400, "invalid_enum_value", "method");
        api.get(LIST, "since=yesterday").assertError(400, "value_not_permitted", "since");

        List<String> seen = new ArrayList<>();
        JsonNode page = api.get(LIST, "operation=tags.list&limit=2").assertStatus(200).body();
        page.get("requests").forEach(r -> seen.add(r.get("request_id").asText()));
        while (page.has("next_cursor")) {
            page = api.post(LIST, json("operation", "tags.list", "limit", 2, "cursor", page.get("next_cursor").asText()))
                .assertStatus(200).body();
            page.get("requests").forEach(r -> seen.add(r.get("request_id").asText()));
        }
        assertEquals(5, seen.stream().distinct().count());
        assertTrue(page.has("prev_cursor"));
        JsonNode back = api.post(LIST, json("operation", "tags.list", "limit", 2, "cursor", page.get("prev_cursor").asText()))
            .assertStatus(200).body();
        assertEquals(seen.get(2), back.at("/requests/0/request_id").asText());
        api.post(LIST, json("status", 200, "cursor", page.get("prev_cursor").asText())).assertError(400, "value_not_permitted",
            "cursor");
    }

    @Test
    void a_fault_is_named_and_a_dropped_connection_has_no_status() {
        String id = api.post("/_roster/faults.create", json("operation", "tags.list", "respond", Map.of("status", 503)))
            .assertStatus(201).at("/fault/id");
        api.get("/tags.list").assertStatus(503);
        JsonNode faulted = requests("operation=tags.list").get(0);
        assertEquals(id, faulted.get("fault").asText());
        assertEquals(503, faulted.get("status").asInt());
        String drop = api.post("/_roster/faults.create", json("operation", "tags.create", "drop_connection", true))
            .assertStatus(201).at("/fault/id");
        dev.roster.testing.RawHttp.post(server.baseUrl(), server.token(tenant, tenant.adminId(), Scope.ADMIN),
            "/tags.create", json("name", "x"));
        JsonNode dropped = requests("operation=tags.create").get(0);
        assertEquals(drop, dropped.get("fault").asText());
        assertNull(dropped.get("status"));
        assertNull(dropped.get("response_body"));
    }

    @Test
    void clear_empties_the_journal_and_another_org_never_sees_it() {
        api.get("/tags.list").assertStatus(200);
        Api other = server.newTenant().admin();
        other.get("/dev-users.self").assertStatus(200);
        assertEquals(1, other.get(LIST).assertStatus(200).body().get("requests").size());
        assertFalse(other.get(LIST).text().contains("tags.list"));
        api.post("/_roster/requests.clear", "{}").assertStatus(200);
        JsonNode after = requests(null);
        assertEquals(1, after.size(), "only the clear itself: " + after);
        assertEquals("_roster/requests.clear", after.get(0).get("operation").asText());
        assertEquals(1, other.get(LIST).assertStatus(200).body().get("requests").size());
    }

    @Test
    void refusals_of_the_orgs_tokens_are_recorded_with_their_operation() {
        long user = dev.roster.testing.DevUsers.number(dev.roster.testing.DevUsers.create(api, "reader@example.com"));
        tenant.as(user, Scope.READ).post("/tags.create", json("name", "no")).assertError(403, "forbidden", null);
        JsonNode refused = requests(null).get(0);
        assertEquals("tags.create", refused.get("operation").asText());
        assertEquals(403, refused.get("status").asInt());
    }
}
