package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static dev.roster.testing.Parallel.inParallel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

class RevUsersMergeTest extends ApiTest {
    private static final String MERGE = "/rev-users.merge";

    private JsonNode create(Object... fields) {
        return api.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    private JsonNode get(JsonNode user) {
        return api.get("/rev-users.get", "id=" + user.get("id").asText()).assertStatus(200).body().get("rev_user");
    }

    private JsonNode account(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body();
    }

    private String tag(String name) {
        return api.post("/tags.create", json("name", name)).assertStatus(201).at("/tag/display_id");
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private Set<String> associations(JsonNode user) {
        Set<String> ids = new TreeSet<>();
        api.get("/rev-users.associations.list", "rev_user_id=" + user.get("id").asText()).assertStatus(200).body()
            .get("associations").forEach(a -> ids.add(a.at("/associated_to/display_id").asText()));
        return ids;
    }

    @Test
    void the_primary_keeps_its_fields_and_takes_the_secondarys_refs_phones_tags_and_associations() {
        JsonNode acme = account("Acme");
        JsonNode globex = account("Globex");
        String red = tag("red");
        String blue = tag("blue");
        String green = tag("green");
        JsonNode primary = create("display_name", "Ada", "email", "ada@acme.io", "external_ref", "crm-1",
            "external_refs", List.of("z-1", "shared"), "phone_numbers", List.of("+14155550001", "+14155550009"),
            "rev_org", acme.at("/default_rev_org/id").asText(), "tags", List.of(Map.of("id", red), Map.of("id", blue)),
            "custom_fields", Map.of("a", 1));
        JsonNode secondary = create("display_name", "Ada Lovelace", "email", "ada@old.io", "description", "from the old CRM",
            "external_ref", "crm-2", "external_refs", List.of("shared", "h-2"), "phone_numbers", List.of("+14155550009", "+442071234567"),
            "rev_org", globex.at("/default_rev_org/id").asText(), "tags", List.of(Map.of("id", blue), Map.of("id", green)),
            "custom_fields", Map.of("b", 2));
        api.post("/rev-users.associations.add", json("rev_user_id", primary.get("id").asText(), "associations",
            List.of(Map.of("associated_to", acme.at("/account/id").asText())))).assertStatus(201);
        api.post("/rev-users.associations.add", json("rev_user_id", secondary.get("id").asText(), "associations",
            List.of(Map.of("associated_to", globex.at("/default_rev_org/id").asText())))).assertStatus(201);

        JsonNode answer = api.post(MERGE, json("primary_user", primary.get("display_id").asText(),
            "secondary_user", secondary.get("id").asText())).assertStatus(200).body();

        assertEquals("{}", answer.toString());
        JsonNode merged = get(primary);
        for (String kept : List.of("id", "display_name", "email", "external_ref", "rev_org", "custom_fields", "created_date")) {
            assertEquals(primary.get(kept), merged.get(kept), kept);
        }
        assertEquals("from the old CRM", merged.get("description").asText(), "an empty field is filled from the secondary");
        assertEquals(Set.of("z-1", "shared", "crm-2", "h-2"), texts(merged.get("external_refs")));
        assertEquals(merged.get("external_refs").size(), texts(merged.get("external_refs")).size(), "no duplicates");
        assertEquals(Set.of("+14155550001", "+14155550009", "+442071234567"), texts(merged.get("phone_numbers")));
        assertEquals(3, merged.get("phone_numbers").size());
        List<String> tags = new ArrayList<>();
        merged.get("tags").forEach(t -> tags.add(t.at("/tag/display_id").asText()));
        assertEquals(new TreeSet<>(List.of(red, blue, green)), new TreeSet<>(tags));
        assertEquals(3, tags.size());
        assertEquals(Set.of(acme.at("/account/display_id").asText(), globex.at("/account/display_id").asText(),
            globex.at("/default_rev_org/display_id").asText()), associations(merged));

        api.get("/rev-users.get", "id=" + secondary.get("id").asText()).assertError(404, "not_found", null);
        JsonNode byRef = api.get("/rev-users.list", "external_refs=crm-2").assertStatus(200).body().get("rev_users");
        assertEquals(1, byRef.size());
        assertEquals(primary.get("id"), byRef.get(0).get("id"), "the secondary's ref now finds the primary");
        assertEquals(1, api.get("/rev-users.list").assertStatus(200).body().get("rev_users").size());
    }

    @Test
    void every_empty_field_of_the_primary_is_filled_from_the_secondary() {
        JsonNode acme = account("Acme");
        JsonNode primary = create("external_ref", "crm-1");
        JsonNode secondary = create("display_name", "Ada", "email", "ada@acme.io", "description", "d",
            "rev_org", acme.at("/default_rev_org/id").asText(), "custom_fields", Map.of("plan", "pro"));

        api.post(MERGE, json("primary_user", primary.get("id").asText(), "secondary_user", secondary.get("display_id").asText()))
            .assertStatus(200);

        JsonNode merged = get(primary);
        for (String filled : List.of("display_name", "email", "description", "rev_org", "custom_fields")) {
            assertEquals(secondary.get(filled), merged.get(filled), filled);
        }
        assertEquals("crm-1", merged.get("external_ref").asText());
    }

    @Test
    void of_sixteen_concurrent_merges_of_one_secondary_exactly_one_wins() throws Exception {
        for (int round = 0; round < 3; round++) {
            JsonNode secondary = create("external_ref", "contested-" + round, "phone_numbers", List.of("+14155550001"));
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String primary = create("display_name", "p" + i).get("id").asText();
                calls.add(() -> api.post(MERGE, json("primary_user", primary, "secondary_user", secondary.get("id").asText()))
                    .status());
            }
            List<Integer> statuses = inParallel(calls);

            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(15, statuses.stream().filter(s -> s == 404).count(), statuses.toString());
            assertEquals(1, api.get("/rev-users.list", "external_refs=contested-" + round).assertStatus(200).body()
                .get("rev_users").size(), "the secondary's ref went to exactly one primary");
            api.get("/rev-users.get", "id=" + secondary.get("id").asText()).assertError(404, "not_found", null);
        }
    }

    @Test
    void merging_a_user_into_itself_is_refused() {
        JsonNode ada = create("display_name", "Ada");
        api.post(MERGE, json("primary_user", ada.get("id").asText(), "secondary_user", ada.get("display_id").asText()))
            .assertError(400, "value_not_permitted", null);
        assertEquals(ada, get(ada));
    }

    @Test
    void unknown_merged_and_foreign_users_are_not_found_and_nothing_changes() {
        JsonNode ada = create("display_name", "Ada", "external_refs", List.of("z-1"));
        JsonNode bob = create("display_name", "Bob", "external_refs", List.of("z-2"));
        JsonNode cyd = create("display_name", "Cyd");
        api.post(MERGE, json("primary_user", ada.get("id").asText(), "secondary_user", cyd.get("id").asText())).assertStatus(200);
        ada = get(ada);
        var other = server.newTenant().admin();
        JsonNode stranger = other.post("/rev-users.create", json("display_name", "S")).assertStatus(201).body().get("rev_user");

        api.post(MERGE, json("primary_user", ada.get("id").asText(), "secondary_user", "REVU-999999999"))
            .assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", "REVU-999999999", "secondary_user", bob.get("id").asText()))
            .assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", bob.get("id").asText(), "secondary_user", cyd.get("id").asText()))
            .assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", ada.get("id").asText(), "secondary_user", stranger.get("id").asText()))
            .assertError(404, "not_found", null);
        api.post(MERGE, json("primary_user", stranger.get("display_id").asText(), "secondary_user", bob.get("id").asText()))
            .assertError(404, "not_found", null);
        assertEquals(ada, get(ada));
        assertEquals(bob, get(bob));
        assertEquals(stranger, other.get("/rev-users.get", "id=" + stranger.get("id").asText()).assertStatus(200)
            .body().get("rev_user"));
    }

    @Test
    void missing_and_wrong_kind_ids_are_named() {
        JsonNode ada = create("display_name", "Ada");
        api.post(MERGE, json("primary_user", ada.get("id").asText())).assertError(400, "missing_required_field",
            "secondary_user");
        api.post(MERGE, json("secondary_user", ada.get("id").asText())).assertError(400, "missing_required_field",
            "primary_user");
        api.post(MERGE, json("primary_user", ada.get("id").asText(), "secondary_user", "DEVU-1"))
            .assertError(400, "unexpected_id_type", "secondary_user");
        assertEquals(ada, get(ada));
    }

    @Test
    void write_and_read_tokens_may_not_merge() {
        JsonNode ada = create("display_name", "Ada");
        JsonNode bob = create("display_name", "Bob");
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        String body = json("primary_user", ada.get("id").asText(), "secondary_user", bob.get("id").asText());
        tenant.as(dev, Scope.WRITE).post(MERGE, body).assertError(403, "forbidden", null);
        tenant.as(dev, Scope.READ).post(MERGE, body).assertError(403, "forbidden", null);
        assertEquals(ada, get(ada));
        assertEquals(bob, get(bob));
    }
}
