package dev.roster.accounts;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import dev.roster.testing.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An account's changes emit its events, and those of the rev orgs they create, rename, move or delete. */
class AccountEventsTest extends ApiTest {
    private JsonNode create(String name, Object... more) {
        Object[] fields = new Object[more.length + 2];
        fields[0] = "display_name";
        fields[1] = name;
        System.arraycopy(more, 0, fields, 2, more.length);
        return api.post("/accounts.create", json(fields)).assertStatus(201).body();
    }

    private JsonNode fetch(String path, String key, JsonNode object) {
        return api.get(path, "id=" + id(object)).assertStatus(200).body().get(key);
    }

    private JsonNode account(JsonNode object) { return fetch("/accounts.get", "account", object); }

    private JsonNode revOrg(JsonNode object) { return fetch("/rev-orgs.get", "rev_org", object); }

    private static String id(JsonNode object) { return object.get("display_id").asText(); }

    @Test
    void creating_an_account_emits_it_and_its_default_rev_org_as_the_api_answered_them() {
        Events events = Events.watch(api);
        JsonNode acme = create("Acme");
        List<JsonNode> created = events.expect("account_created", "rev_org_created");
        assertEquals(acme.get("account"), object(created.get(0), "account"));
        assertEquals(acme.get("default_rev_org"), object(created.get(1), "rev_org"));
    }

    @Test
    void renaming_an_account_also_updates_its_default_rev_org() {
        JsonNode acme = create("Acme");
        JsonNode revOrgBefore = revOrg(acme.get("default_rev_org"));
        Events events = Events.watch(api);
        api.post("/accounts.update", json("id", id(acme.get("account")), "display_name", "Acme Corp")).assertStatus(200);

        List<JsonNode> updated = events.expect("rev_org_updated", "account_updated");
        assertEquals(revOrgBefore, object(updated.get(0), "old_rev_org"));
        assertEquals("Acme Corp", object(updated.get(0), "rev_org").get("display_name").asText());
        assertEquals(revOrg(acme.get("default_rev_org")), object(updated.get(0), "rev_org"));
        assertEquals(acme.get("account"), object(updated.get(1), "old_account"));
        assertEquals(account(acme.get("account")), object(updated.get(1), "account"));
    }

    @Test
    void a_merge_moves_the_rev_orgs_updates_the_survivor_and_deletes_the_merged_account() {
        JsonNode primary = create("Primary");
        JsonNode secondary = create("Secondary");
        JsonNode movedBefore = revOrg(secondary.get("default_rev_org"));
        Events events = Events.watch(api);
        api.post("/accounts.merge", json("primary_account", id(primary.get("account")),
            "secondary_account", id(secondary.get("account")))).assertStatus(200);

        List<JsonNode> merged = events.expect("rev_org_updated", "account_updated", "account_deleted");
        assertEquals(movedBefore, object(merged.get(0), "old_rev_org"));
        assertEquals(revOrg(secondary.get("default_rev_org")), object(merged.get(0), "rev_org"));
        assertEquals(id(primary.get("account")), object(merged.get(0), "rev_org").at("/account/display_id").asText());
        assertEquals(primary.get("account"), object(merged.get(1), "old_account"));
        assertEquals(account(primary.get("account")), object(merged.get(1), "account"));
        assertEquals(secondary.at("/account/id").asText(), object(merged.get(2), "id").asText());
        assertEquals(secondary.get("account"), object(merged.get(2), "old_account"));
    }

    @Test
    void deleting_an_account_deletes_its_rev_orgs_first() {
        JsonNode acme = create("Acme");
        JsonNode eu = api.post("/rev-orgs.create", json("account", id(acme.get("account")), "display_name", "Acme EU"))
            .assertStatus(201).body().get("rev_org");
        Events events = Events.watch(api);
        api.post("/accounts.delete", json("id", id(acme.get("account")))).assertStatus(200);

        List<JsonNode> deleted = events.expect("rev_org_deleted", "rev_org_deleted", "account_deleted");
        assertEquals(acme.get("default_rev_org"), object(deleted.get(0), "old_rev_org"));
        assertEquals(eu, object(deleted.get(1), "old_rev_org"));
        assertEquals(eu.get("id").asText(), deleted.get(1).get("object_id").asText());
        assertEquals(acme.get("account"), object(deleted.get(2), "old_account"));
    }

    @Test
    void an_update_refused_after_renaming_the_default_rev_org_emits_nothing() {
        create("Taken", "domains", List.of("taken.com"));
        JsonNode acme = create("Acme");
        Events events = Events.watch(api);
        // The rename reaches the default rev org before the domain is found taken: all of it rolls back.
        api.post("/accounts.update", json("id", id(acme.get("account")), "display_name", "Acme Corp",
            "domains", List.of("taken.com"))).assertError(409, "conflict", null);
        events.assertNone();
        assertEquals(acme.get("default_rev_org"), revOrg(acme.get("default_rev_org")));
    }
}
