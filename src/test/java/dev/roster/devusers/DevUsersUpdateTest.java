package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code dev-users.update}; {@code dev-users.self.update} has its own class. */
class DevUsersUpdateTest extends DevUserFixtures {
    private static final String UPDATE = "/dev-users.update";
    private static final List<String> JOB_TITLES = List.of("customer_success_manager", "cxo", "designer", "developer",
        "head_of_support", "operations", "others", "product_manager", "qa", "revenue_leader", "support", "tech_lead");

    @Test
    void every_field_is_set_answered_and_stored_with_modified_by_and_date() {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        JsonNode boss = DevUsers.create(api, "boss@example.com");
        Map<String, Object> job = Map.of("employment_status", 3, "title", "Analyst", "location", "London",
            "start_date", "1842-01-01T00:00:00Z", "end_date", "1843-09-01T01:00:00+01:00", "is_current", false);
        Map<String, Object> custom = Map.of("notes", List.of("engine", 1), "tier", Map.of("level", 2));

        JsonNode updated = api.post(UPDATE, json("id", ada.get("id").asText(), "display_name", "Countess",
            "full_name", "Augusta Ada King", "job_title", "tech_lead", "job_history", List.of(job),
            "experience_start_date", "1842-01-01T09:30:00.250+01:00", "reports_to", id(boss), "custom_fields", custom))
            .assertStatus(200).body().get("dev_user");

        assertEquals("Countess", updated.get("display_name").asText());
        assertEquals("Augusta Ada King", updated.get("full_name").asText());
        assertEquals("tech_lead", updated.get("job_title").asText());
        assertEquals("1842-01-01T08:30:00.250Z", updated.get("experience_start_date").asText());
        assertEquals(tree(Map.of("type", "dev_user", "id", boss.get("id").asText(), "display_id", id(boss),
            "display_name", "boss", "email", "boss@example.com", "state", "shadow")), updated.get("reports_to"));
        assertEquals(tree(custom), updated.get("custom_fields"));
        assertEquals(tree(List.of(Map.of("employment_status", Map.of("id", 3, "label", "Contractor", "ordinal", 3),
            "title", "Analyst", "location", "London", "start_date", "1842-01-01T00:00:00.000Z",
            "end_date", "1843-09-01T00:00:00.000Z", "is_current", false))), updated.get("job_history"));
        assertEquals(tenant.adminDisplayId(), updated.at("/modified_by/display_id").asText());
        for (String kept : List.of("created_by", "created_date", "email", "state", "external_identities")) {
            assertEquals(ada.get(kept), updated.get(kept), kept);
        }
        assertTrue(updated.get("modified_date").asText().compareTo(ada.get("modified_date").asText()) >= 0);
        assertEquals(updated, fetch(id(ada)), "the change is stored, not only answered");
    }

    @Test
    void absent_and_null_fields_stay_unchanged_and_custom_fields_are_replaced_whole() {
        JsonNode ada = fullUser("ada@example.com");

        JsonNode updated = api.post(UPDATE, "{\"id\":\"" + id(ada) + "\",\"custom_fields\":{\"level\":3},"
            + "\"display_name\":null,\"job_history\":null,\"reports_to\":null,\"unknown\":1}")
            .assertStatus(200).body().get("dev_user");

        ObjectNode expected = ada.deepCopy();
        expected.set("custom_fields", tree(Map.of("level", 3)));
        expected.set("modified_date", updated.get("modified_date"));
        assertEquals(expected, updated);
        JsonNode untouched = api.post(UPDATE, json("id", id(ada))).assertStatus(200).body().get("dev_user");
        expected.set("modified_date", untouched.get("modified_date"));
        assertEquals(expected, untouched, "an update with no fields changes no field");
    }

    @Test
    void each_employment_status_renders_as_an_enum_value_and_history_is_replaced_whole() {
        String id = id(DevUsers.create(api, "ada@example.com"));
        List<String> labels = List.of("Full-time", "Part-time", "Contractor", "Intern", "Former employee");
        List<Map<String, Object>> jobs = new ArrayList<>();
        for (int status = 1; status <= 5; status++) jobs.add(Map.of("employment_status", status, "title", "job " + status));
        jobs.add(Map.of("title", "no status", "start_date", "2020-02-29", "is_current", true));

        JsonNode history = api.post(UPDATE, json("id", id, "job_history", jobs)).assertStatus(200)
            .body().at("/dev_user/job_history");

        assertEquals(history, fetch(id).get("job_history"));
        assertEquals(6, history.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(tree(Map.of("id", i + 1, "label", labels.get(i), "ordinal", i + 1)),
                history.get(i).get("employment_status"));
            assertEquals("job " + (i + 1), history.get(i).get("title").asText(), "order is kept");
        }
        assertEquals(tree(Map.of("title", "no status", "start_date", "2020-02-29T00:00:00.000Z", "is_current", true)),
            history.get(5), "a plain date means midnight UTC; absent stays absent");
        api.post(UPDATE, json("id", id, "job_history", List.of(Map.of("employment_status", 5)))).assertStatus(200);
        assertEquals(1, fetch(id).get("job_history").size());
        api.post(UPDATE, json("id", id, "job_history", List.of())).assertStatus(200);
        assertEquals(0, fetch(id).get("job_history").size());
    }

    @Test
    void an_unknown_employment_status_is_an_invalid_enum_value() {
        JsonNode ada = fullUser("ada@example.com");
        for (int status : List.of(0, 6, -1, 100)) {
            ApiResponse response = api.post(UPDATE, json("id", id(ada), "display_name", "X", "job_history",
                List.of(Map.of("employment_status", 1), Map.of("employment_status", status))))
                .assertError(400, "invalid_enum_value", null);
            assertTrue(response.body().get("field_name").asText().contains("employment_status"), response.text());
            assertEquals(List.of("1", "2", "3", "4", "5"), strings(response.body().get("allowed_values")));
        }
        api.post(UPDATE, json("id", id(ada), "job_history", List.of(Map.of("employment_status", "Full-time"))))
            .assertError(400, "unexpected_json_type", null);
        assertUnchanged(ada);
    }

    @Test
    void bad_dates_are_rejected_naming_the_field() {
        JsonNode ada = fullUser("ada@example.com");
        for (String bad : List.of("yesterday", "2020-13-01", "2020-02-30T00:00:00Z", "01/02/2020", "")) {
            api.post(UPDATE, json("id", id(ada), "experience_start_date", bad, "full_name", "X"))
                .assertError(400, "value_not_permitted", "experience_start_date");
        }
        for (String field : List.of("start_date", "end_date")) {
            ApiResponse response = api.post(UPDATE, json("id", id(ada), "job_history", List.of(Map.of(field, "soon"))))
                .assertError(400, "value_not_permitted", null);
            assertTrue(response.body().get("field_name").asText().endsWith(field), response.text());
        }
        assertUnchanged(ada);
    }

    @Test
    void a_job_title_outside_the_enum_is_rejected_listing_the_allowed_values() {
        JsonNode ada = fullUser("ada@example.com");
        ApiResponse response = api.post(UPDATE, json("id", id(ada), "job_title", "wizard", "display_name", "Wiz"))
            .assertError(400, "invalid_enum_value", "job_title").assertMessageContains("tech_lead");
        assertEquals(JOB_TITLES, strings(response.body().get("allowed_values")));
        api.post(UPDATE, json("id", id(ada), "job_title", "CXO")).assertError(400, "invalid_enum_value", "job_title");
        assertUnchanged(ada);
        for (String title : JOB_TITLES) {
            assertEquals(title, api.post(UPDATE, json("id", id(ada), "job_title", title)).assertStatus(200)
                .at("/dev_user/job_title"));
        }
    }

    @Test
    void empty_names_are_not_permitted() {
        JsonNode ada = fullUser("ada@example.com");
        for (String field : List.of("display_name", "full_name")) {
            for (String empty : List.of("", "   ")) {
                api.post(UPDATE, json("id", id(ada), field, empty, "job_title", "qa"))
                    .assertError(400, "value_not_permitted", field);
            }
        }
        assertUnchanged(ada);
    }

    @Test
    void a_user_cannot_report_to_itself_nor_close_a_cycle() {
        JsonNode a = DevUsers.create(api, "a@example.com");
        JsonNode b = DevUsers.create(api, "b@example.com");
        JsonNode c = DevUsers.create(api, "c@example.com");
        api.post(UPDATE, json("id", id(a), "reports_to", id(b))).assertStatus(200);
        api.post(UPDATE, json("id", id(b), "reports_to", c.get("id").asText())).assertStatus(200);
        List<JsonNode> before = List.of(fetch(id(a)), fetch(id(b)), fetch(id(c)));

        api.post(UPDATE, json("id", id(a), "reports_to", id(a))).assertError(400, "value_not_permitted", "reports_to");
        api.post(UPDATE, json("id", a.get("id").asText(), "reports_to", id(a).toLowerCase()))
            .assertError(400, "value_not_permitted", "reports_to").assertMessageContains("itself");
        api.post(UPDATE, json("id", id(b), "reports_to", id(a), "display_name", "B"))
            .assertError(400, "value_not_permitted", "reports_to").assertMessageContains("cycle");
        api.post(UPDATE, json("id", id(c), "reports_to", id(a))).assertError(400, "value_not_permitted", "reports_to");

        before.forEach(this::assertUnchanged);
        api.post(UPDATE, json("id", id(c), "reports_to", tenant.adminDisplayId())).assertStatus(200);
        api.post(UPDATE, json("id", id(a), "reports_to", id(c))).assertStatus(200);
        assertEquals(c.get("id"), fetch(id(a)).at("/reports_to/id"), "a manager may be replaced");
    }

    @Test
    void a_bad_reports_to_is_rejected_by_kind() {
        JsonNode ada = fullUser("ada@example.com");
        JsonNode stranger = DevUsers.create(server.newTenant().admin(), "stranger@example.com");
        api.post(UPDATE, json("id", id(ada), "reports_to", "boss")).assertError(400, "invalid_id", "reports_to");
        api.post(UPDATE, json("id", id(ada), "reports_to", "REVU-1")).assertError(400, "unexpected_id_type", "reports_to");
        for (String missing : List.of("DEVU-999999999", id(stranger), stranger.get("id").asText())) {
            api.post(UPDATE, json("id", id(ada), "reports_to", missing)).assertError(404, "not_found", null);
        }
        assertUnchanged(ada);
    }

    @Test
    void the_target_id_is_required_well_formed_and_in_this_dev_org() {
        var other = server.newTenant();
        JsonNode stranger = DevUsers.create(other.admin(), "stranger@example.com");
        api.post(UPDATE, json("display_name", "X")).assertError(400, "missing_required_field", "id");
        api.post(UPDATE, json("id", "nope", "display_name", "X")).assertError(400, "invalid_id", "id");
        api.post(UPDATE, json("id", "REVU-1", "display_name", "X")).assertError(400, "unexpected_id_type", "id");
        api.post(UPDATE, json("id", "DEVU-999999999", "display_name", "X")).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", id(stranger), "display_name", "X")).assertError(404, "not_found", null);
        api.post(UPDATE, json("id", stranger.get("id").asText(), "display_name", "X")).assertError(404, "not_found", null);
        assertEquals(stranger, other.admin().get("/dev-users.get", "id=" + id(stranger)).assertStatus(200).body().get("dev_user"));
    }

    @Test
    void updating_another_user_needs_admin_and_updating_yourself_needs_write() {
        JsonNode bob = fullUser("bob@example.com");
        long ada = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        Api write = tenant.as(ada, Scope.WRITE);
        Api read = tenant.as(ada, Scope.READ);

        write.post(UPDATE, json("id", id(bob), "display_name", "Hacked")).assertError(403, "forbidden", null);
        read.post(UPDATE, json("id", "DEVU-" + ada, "display_name", "Hacked")).assertError(403, "forbidden", null);
        api.anonymous().post(UPDATE, json("id", id(bob), "display_name", "Hacked")).assertError(401, "unauthenticated", null);
        assertUnchanged(bob);
        assertEquals("ada", fetch("DEVU-" + ada).get("display_name").asText());

        JsonNode viaUpdate = write.post(UPDATE, json("id", "DEVU-" + ada, "display_name", "Ada")).assertStatus(200)
            .body().get("dev_user");
        assertEquals("Ada", viaUpdate.get("display_name").asText());
        assertEquals("DEVU-" + ada, viaUpdate.at("/modified_by/display_id").asText(), "modified_by is the caller");
        assertEquals(tenant.adminDisplayId(), viaUpdate.at("/created_by/display_id").asText());
        JsonNode byAdmin = tenant.as(ada, Scope.ADMIN).post(UPDATE, json("id", id(bob), "full_name", "Robert"))
            .assertStatus(200).body().get("dev_user");
        assertEquals("DEVU-" + ada, byAdmin.at("/modified_by/display_id").asText());
    }

    @Test
    void concurrent_opposite_reports_to_updates_never_make_a_cycle() throws Exception {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            pairs.add(new String[] {id(DevUsers.create(api, "a" + i + "@example.com")),
                id(DevUsers.create(api, "b" + i + "@example.com"))});
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String[] p : pairs) {
            calls.add(() -> api.post(UPDATE, json("id", p[0], "reports_to", p[1])).status());
            calls.add(() -> api.post(UPDATE, json("id", p[1], "reports_to", p[0])).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            for (Future<Integer> f : pool.invokeAll(calls)) statuses.add(f.get());
        }
        for (int i = 0; i < pairs.size(); i++) {
            List<Integer> pair = statuses.subList(2 * i, 2 * i + 2);
            assertTrue(pair.contains(200) && pair.contains(400), "pair " + i + ": one wins, one is refused: " + pair);
            boolean aReports = fetch(pairs.get(i)[0]).has("reports_to");
            assertFalse(aReports == fetch(pairs.get(i)[1]).has("reports_to"), "exactly one of pair " + i + " reports");
        }
    }
}
