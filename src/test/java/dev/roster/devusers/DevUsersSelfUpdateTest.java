package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.DevUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code dev-users.self.update}: the token's own dev user. */
class DevUsersSelfUpdateTest extends DevUserFixtures {
    private static final String UPDATE = "/dev-users.update";
    private static final String SELF_UPDATE = "/dev-users.self.update";

    @Test
    void self_update_sets_every_field_on_the_callers_user_only_and_ignores_an_id() {
        JsonNode bob = fullUser("bob@example.com");
        JsonNode before = DevUsers.create(api, "ada@example.com");
        Api ada = tenant.as(DevUsers.number(before), Scope.WRITE);

        JsonNode me = ada.post(SELF_UPDATE, json("id", id(bob), "display_name", "Ada", "full_name", "Ada Lovelace",
            "job_title", "developer", "job_history", List.of(Map.of("employment_status", 4)),
            "experience_start_date", "2020-01-01", "reports_to", id(bob), "custom_fields", Map.of("k", "v")))
            .assertStatus(200).body().get("dev_user");

        assertEquals(id(before), id(me));
        assertEquals("Ada", me.get("display_name").asText());
        assertEquals("Ada Lovelace", me.get("full_name").asText());
        assertEquals("developer", me.get("job_title").asText());
        assertEquals(tree(List.of(Map.of("employment_status", Map.of("id", 4, "label", "Intern", "ordinal", 4)))),
            me.get("job_history"));
        assertEquals("2020-01-01T00:00:00.000Z", me.get("experience_start_date").asText());
        assertEquals(bob.get("id"), me.at("/reports_to/id"));
        assertEquals(tree(Map.of("k", "v")), me.get("custom_fields"));
        assertEquals(id(before), me.at("/modified_by/display_id").asText());
        assertEquals(me, fetch(id(before)));
        assertEquals(me, ada.get("/dev-users.self").assertStatus(200).body().get("dev_user"));
        assertUnchanged(bob);
        JsonNode again = ada.post(SELF_UPDATE, json("full_name", "A. L.")).assertStatus(200).body().get("dev_user");
        assertEquals("Ada", again.get("display_name").asText(), "absent fields stay unchanged");
    }

    @Test
    void self_update_refuses_reporting_to_yourself_or_a_cycle_and_bad_values_changing_nothing() {
        JsonNode before = DevUsers.create(api, "ada@example.com");
        JsonNode report = DevUsers.create(api, "report@example.com");
        api.post(UPDATE, json("id", id(report), "reports_to", id(before))).assertStatus(200);
        Api ada = tenant.as(DevUsers.number(before), Scope.WRITE);

        ada.post(SELF_UPDATE, json("reports_to", id(before), "display_name", "X"))
            .assertError(400, "value_not_permitted", "reports_to");
        ada.post(SELF_UPDATE, json("reports_to", report.get("id").asText(), "display_name", "X"))
            .assertError(400, "value_not_permitted", "reports_to");
        ada.post(SELF_UPDATE, json("reports_to", "DEVU-999999999")).assertError(404, "not_found", null);
        ada.post(SELF_UPDATE, json("display_name", "")).assertError(400, "value_not_permitted", "display_name");
        ada.post(SELF_UPDATE, json("job_title", "boss")).assertError(400, "invalid_enum_value", "job_title");
        ada.post(SELF_UPDATE, json("job_history", List.of(Map.of("employment_status", 9))))
            .assertError(400, "invalid_enum_value", null);
        ada.post(SELF_UPDATE, json("experience_start_date", "soon"))
            .assertError(400, "value_not_permitted", "experience_start_date");
        assertUnchanged(before);
    }

    @Test
    void self_update_needs_a_write_token_and_a_read_token_changes_nothing() {
        JsonNode before = DevUsers.create(api, "ada@example.com");
        Api read = tenant.as(DevUsers.number(before), Scope.READ);
        read.post(SELF_UPDATE, json("display_name", "Hacked")).assertError(403, "forbidden", null);
        api.anonymous().post(SELF_UPDATE, json("display_name", "Hacked")).assertError(401, "unauthenticated", null);
        assertUnchanged(before);
    }
}
