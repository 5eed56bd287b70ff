package dev.roster.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.ApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without after_commit the operation does not run; with it, a write commits and then the client gets the fault. */
class FaultsAfterCommitTest extends ApiTest {
    private static final String CREATE = "/_roster/faults.create";

    private int tagsNamed(String name) {
        return (int) api.get("/tags.list").assertStatus(200).body().get("tags").findValuesAsText("name").stream()
            .filter(name::equals).count();
    }

    @Test
    void without_after_commit_the_write_does_not_happen() {
        api.post(CREATE, json("operation", "tags.create", "respond", Map.of("status", 503))).assertStatus(201);
        api.post("/tags.create", json("name", "never")).assertError(503, "service_unavailable", null);
        assertEquals(0, tagsNamed("never"));
    }

    @Test
    void with_after_commit_the_write_is_visible_though_the_client_got_an_error() {
        api.post(CREATE, json("operation", "tags.create", "after_commit", true, "respond", Map.of("status", 500)))
            .assertStatus(201);
        api.post("/tags.create", json("name", "committed")).assertError(500, "internal_error", null);
        assertEquals(1, tagsNamed("committed"));
        // A retry of the same create meets the committed tag, as it would on DevRev.
        api.post("/tags.create", json("name", "committed")).assertStatus(400);
    }

    @Test
    void with_after_commit_a_dropped_connection_still_leaves_the_write() {
        api.post(CREATE, json("operation", "tags.create", "after_commit", true, "drop_connection", true)).assertStatus(201);
        String answer = dev.roster.testing.RawHttp.post(server.baseUrl(), tenantToken(), "/tags.create", json("name", "dropped"));
        assertEquals("", answer, "no status line, no answer");
        assertEquals(1, tagsNamed("dropped"));
    }

    @Test
    void after_commit_on_a_read_runs_it_then_answers_the_fault() {
        api.post(CREATE, json("operation", "tags.list", "after_commit", true, "respond", Map.of("status", 404)))
            .assertStatus(201);
        api.get("/tags.list").assertError(404, "not_found", null);
        api.get("/tags.list").assertStatus(200);
    }

    private String tenantToken() {
        return server.token(tenant, tenant.adminId(), dev.roster.auth.Scope.ADMIN);
    }
}
