package dev.roster.faults;

import static dev.roster.testing.Parallel.inParallel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** A respond fault answers DevRev's error shape for its status, on exactly the requests it counts. */
class FaultsRespondTest extends ApiTest {
    static final String CREATE = "/_roster/faults.create";

    @Test
    void each_status_answers_the_contracts_error_shape_with_its_headers() {
        record Want(int status, String type, String operation) {}
        for (Want want : List.of(new Want(400, "bad_request", "tags.list"), new Want(401, "unauthenticated", "tags.list"),
                new Want(403, "forbidden", "tags.list"), new Want(404, "not_found", "tags.list"),
                new Want(409, "conflict", "accounts.create"), new Want(429, "too_many_requests", "tags.list"),
                new Want(500, "internal_error", "tags.list"), new Want(503, "service_unavailable", "tags.list"))) {
            JsonNode fault = api.post(CREATE, "{\"operation\":\"" + want.operation() + "\",\"respond\":{\"status\":"
                + want.status() + "}}").assertStatus(201).body().get("fault");
            assertEquals(want.type(), fault.at("/respond/type").asText());
            ApiResponse answer = want.operation().equals("tags.list") ? api.get("/tags.list")
                : api.post("/accounts.create", json("display_name", "Acme"));
            answer.assertError(want.status(), want.type(), null);
            if (want.status() == 429) {
                assertEquals("1", answer.header("Retry-After"));
                assertEquals(1, answer.body().get("retry_after").asInt());
            }
            if (want.status() == 500) assertEquals(fault.get("id").asText() + ".1", answer.body().get("reference_id").asText());
        }
        api.get("/tags.list").assertStatus(200);
        assertEquals(0, api.get("/accounts.list").assertStatus(200).body().get("accounts").size(), "the 409 stopped the create");
    }

    @Test
    void a_field_error_names_the_given_field_and_message_and_a_429_its_retry_after() {
        api.post(CREATE, json("operation", "rev-users.create", "respond", java.util.Map.of("status", 400, "type",
            "value_not_permitted", "field_name", "email", "message", "email: taken"))).assertStatus(201);
        api.post("/rev-users.create", json("display_name", "A")).assertError(400, "value_not_permitted", "email")
            .assertMessageContains("email: taken");
        api.post(CREATE, json("operation", "*", "respond", java.util.Map.of("status", 429, "retry_after", 7)))
            .assertStatus(201);
        ApiResponse limited = api.get("/dev-users.self").assertError(429, "too_many_requests", null);
        assertEquals("7", limited.header("Retry-After"));
        assertEquals(7, limited.body().get("retry_after").asInt());
    }

    @Test
    void after_and_times_pick_exactly_the_matching_requests_by_number() {
        api.post(CREATE, json("operation", "tags.list", "after", 2, "times", 2, "respond", java.util.Map.of("status", 503)))
            .assertStatus(201);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) statuses.add(api.get("/tags.list").status());
        assertEquals(List.of(200, 200, 503, 503, 200, 200), statuses);
        assertEquals(2, api.get("/_roster/faults.list").assertStatus(200).body().at("/faults/0/fired").asInt());
    }

    @Test
    void times_zero_fires_until_the_fault_is_deleted() {
        String id = api.post(CREATE, json("operation", "tags.list", "times", 0, "respond", java.util.Map.of("status", 500)))
            .assertStatus(201).at("/fault/id");
        for (int i = 0; i < 3; i++) api.get("/tags.list").assertStatus(500);
        api.post("/_roster/faults.delete", json("id", id)).assertStatus(200);
        api.get("/tags.list").assertStatus(200);
    }

    @Test
    void match_fires_only_on_bodies_with_every_given_field_equal() {
        api.post(CREATE, json("operation", "tags.create", "match", java.util.Map.of("name", "boom", "description", "x"),
            "respond", java.util.Map.of("status", 404))).assertStatus(201);
        api.post("/tags.create", json("name", "boom")).assertStatus(201);
        api.post("/tags.create", json("name", "calm", "description", "x")).assertStatus(201);
        api.post("/tags.create", json("name", "boom", "description", "x")).assertError(404, "not_found", null);
        api.post(CREATE, json("operation", "tags.list", "match", java.util.Map.of("limit", 2),
            "respond", java.util.Map.of("status", 404))).assertStatus(201);
        api.get("/tags.list", "limit=3").assertStatus(200);
        api.get("/tags.list", "limit=2").assertError(404, "not_found", null);
    }

    @Test
    void the_oldest_matching_fault_fires_and_younger_ones_see_only_what_it_let_through() {
        api.post(CREATE, json("operation", "tags.list", "respond", java.util.Map.of("status", 503))).assertStatus(201);
        api.post(CREATE, json("operation", "*", "respond", java.util.Map.of("status", 500))).assertStatus(201);
        api.get("/tags.list").assertStatus(503);
        api.get("/tags.list").assertStatus(500);
        api.get("/tags.list").assertStatus(200);
    }

    @Test
    void concurrent_requests_are_counted_exactly() throws Exception {
        api.post(CREATE, json("operation", "dev-users.self", "after", 5, "times", 10, "respond",
            java.util.Map.of("status", 503))).assertStatus(201);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) calls.add(() -> api.get("/dev-users.self").status());
        List<Integer> statuses = inParallel(calls);
        assertEquals(10, statuses.stream().filter(s -> s == 503).count());
        assertEquals(30, statuses.stream().filter(s -> s == 200).count());
        assertEquals(10, api.get("/_roster/faults.list").body().at("/faults/0/fired").asInt());
    }

    @Test
    void another_dev_orgs_requests_never_meet_this_orgs_faults() {
        api.post(CREATE, json("operation", "*", "times", 0, "respond", java.util.Map.of("status", 503))).assertStatus(201);
        var other = server.newTenant().admin();
        other.get("/tags.list").assertStatus(200);
        assertEquals(0, other.get("/_roster/faults.list").assertStatus(200).body().get("faults").size());
        assertFalse(other.get("/_roster/faults.list").text().contains("fault-"));
        api.get("/tags.list").assertStatus(503);
        api.post("/_roster/faults.clear", "{}").assertStatus(200);
        api.get("/tags.list").assertStatus(200);
    }
}
