package dev.roster.revorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static dev.roster.testing.Parallel.inParallel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** What deleting rev orgs and accounts, and merging accounts, does to the rev users in them. */
class DirectoryCascadeTest extends ApiTest {
    private JsonNode account(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body();
    }

    private JsonNode revOrg(JsonNode account, String name) {
        return api.post("/rev-orgs.create", json("account", account.at("/account/id").asText(), "display_name", name))
            .assertStatus(201).body().get("rev_org");
    }

    private JsonNode user(String name, JsonNode revOrg) {
        return api.post("/rev-users.create", json("display_name", name, "rev_org", revOrg.get("id").asText()))
            .assertStatus(201).body().get("rev_user");
    }

    private JsonNode get(JsonNode user) {
        return api.get("/rev-users.get", "id=" + user.get("id").asText()).assertStatus(200).body().get("rev_user");
    }

    private void associate(JsonNode user, String... targets) {
        List<Map<String, String>> items = new ArrayList<>();
        for (String target : targets) items.add(Map.of("associated_to", target));
        api.post("/rev-users.associations.add", json("rev_user_id", user.get("id").asText(), "associations", items))
            .assertStatus(201);
    }

    private Set<String> associations(JsonNode user) {
        Set<String> ids = new TreeSet<>();
        api.get("/rev-users.associations.list", "rev_user_id=" + user.get("id").asText()).assertStatus(200).body()
            .get("associations").forEach(a -> ids.add(a.at("/associated_to/display_id").asText()));
        return ids;
    }

    private static String display(JsonNode node) { return node.get("display_id").asText(); }

    private static String accountOf(JsonNode account) { return account.at("/account/display_id").asText(); }

    @Test
    void deleting_a_non_default_rev_org_unlinks_its_users_and_drops_their_associations_to_it() {
        JsonNode acme = account("Acme");
        JsonNode globex = account("Globex");
        JsonNode eu = revOrg(acme, "Acme EU");
        JsonNode ada = user("Ada", eu);
        JsonNode bob = user("Bob", eu);
        JsonNode cyd = user("Cyd", acme.get("default_rev_org"));
        associate(ada, eu.get("id").asText(), accountOf(globex));
        associate(cyd, display(eu));

        assertEquals("{}", api.post("/rev-orgs.delete", json("id", eu.get("id").asText())).assertStatus(200).body().toString());

        api.get("/rev-orgs.get", "id=" + display(eu)).assertError(404, "not_found", null);
        for (JsonNode user : List.of(ada, bob)) {
            JsonNode after = get(user);
            assertFalse(after.has("rev_org"), "the user is kept, unlinked: " + after);
            assertEquals(user.get("display_name"), after.get("display_name"));
        }
        assertEquals(acme.at("/default_rev_org/id"), get(cyd).at("/rev_org/id"), "users elsewhere stay linked");
        assertEquals(Set.of(accountOf(acme), accountOf(globex)), associations(ada), "only the deleted org's association goes");
        assertEquals(Set.of(accountOf(acme)), associations(cyd));
        assertEquals(3, api.get("/rev-users.scan").assertStatus(200).body().get("rev_users").size());
    }

    @Test
    void deleting_a_rev_org_while_users_are_linked_to_it_and_created_in_it_leaves_none_linked() throws Exception {
        JsonNode acme = account("Acme");
        for (int round = 0; round < 3; round++) {
            JsonNode eu = revOrg(acme, "EU " + round);
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String user = api.post("/rev-users.create", json("display_name", "u" + i)).assertStatus(201).at("/rev_user/id");
                calls.add(() -> api.post("/rev-users.link", json("id", user, "rev_org", eu.get("id").asText())).status());
                calls.add(() -> api.post("/rev-users.create", json("rev_org", eu.get("id").asText())).status());
            }
            calls.add(4, () -> api.post("/rev-orgs.delete", json("id", eu.get("id").asText())).status());
            List<Integer> statuses = inParallel(calls);

            assertEquals(200, statuses.get(4), statuses.toString());
            assertEquals(List.of(), statuses.stream().filter(s -> s != 200 && s != 201 && s != 404).toList(),
                "each call either came first or found the rev org gone: " + statuses);
            api.get("/rev-orgs.get", "id=" + display(eu)).assertError(404, "not_found", null);
            api.get("/rev-users.scan").assertStatus(200).body().get("rev_users").forEach(u ->
                assertFalse(u.has("rev_org"), "no user is left linked to the deleted rev org: " + u));
        }
    }

    @Test
    void an_accounts_default_rev_org_cannot_be_deleted_and_its_users_stay() {
        JsonNode acme = account("Acme");
        JsonNode ada = user("Ada", acme.get("default_rev_org"));
        api.post("/rev-orgs.delete", json("id", acme.at("/default_rev_org/id").asText()))
            .assertError(400, "value_not_permitted", null);
        assertEquals(ada, get(ada));
    }

    @Test
    void deleting_an_account_deletes_its_rev_orgs_and_leaves_their_users_unlinked() {
        JsonNode acme = account("Acme");
        JsonNode globex = account("Globex");
        JsonNode eu = revOrg(acme, "Acme EU");
        JsonNode ada = user("Ada", acme.get("default_rev_org"));
        JsonNode bob = user("Bob", eu);
        JsonNode cyd = user("Cyd", globex.get("default_rev_org"));
        associate(ada, display(eu), globex.at("/default_rev_org/id").asText());
        associate(cyd, accountOf(acme));

        assertEquals("{}", api.post("/accounts.delete", json("id", acme.at("/account/id").asText())).assertStatus(200)
            .body().toString());

        api.get("/accounts.get", "id=" + accountOf(acme)).assertError(404, "not_found", null);
        api.get("/rev-orgs.get", "id=" + acme.at("/default_rev_org/id").asText()).assertError(404, "not_found", null);
        api.get("/rev-orgs.get", "id=" + display(eu)).assertError(404, "not_found", null);
        assertFalse(get(ada).has("rev_org"), get(ada).toString());
        assertFalse(get(bob).has("rev_org"), get(bob).toString());
        assertEquals(globex.at("/default_rev_org/id"), get(cyd).at("/rev_org/id"));
        assertEquals(Set.of(accountOf(globex), globex.at("/default_rev_org/display_id").asText()), associations(ada));
        assertEquals(Set.of(), associations(cyd));
        List<String> listed = new ArrayList<>();
        api.get("/rev-users.list").assertStatus(200).body().get("rev_users").forEach(u -> listed.add(display(u)));
        assertEquals(List.of(display(ada), display(bob), display(cyd)), listed, "every user is kept");
    }

    @Test
    void merging_accounts_moves_the_secondarys_rev_orgs_with_their_users_to_the_primary() {
        JsonNode acme = account("Acme");
        JsonNode globex = account("Globex");
        JsonNode globexDefault = globex.get("default_rev_org");
        JsonNode eu = revOrg(globex, "Globex EU");
        JsonNode ada = user("Ada", globexDefault);
        JsonNode bob = user("Bob", eu);
        JsonNode cyd = user("Cyd", acme.get("default_rev_org"));
        associate(ada, accountOf(globex));

        api.post("/accounts.merge", json("primary_account", acme.at("/account/id").asText(),
            "secondary_account", accountOf(globex))).assertStatus(200);

        api.get("/accounts.get", "id=" + accountOf(globex)).assertError(404, "not_found", null);
        for (JsonNode org : List.of(globexDefault, eu)) {
            JsonNode moved = api.get("/rev-orgs.get", "id=" + display(org)).assertStatus(200).body().get("rev_org");
            assertEquals(acme.at("/account/id"), moved.at("/account/id"), display(org) + " belongs to the primary");
            assertEquals("Acme", moved.at("/account/display_name").asText());
            assertEquals(org.get("display_name"), moved.get("display_name"));
        }
        assertEquals(ada, get(ada), "the users move with their rev orgs, untouched");
        assertEquals(bob, get(bob));
        assertEquals(cyd, get(cyd));
        assertEquals(Set.of(accountOf(acme)), associations(ada), "account associations move to the primary");

        assertEquals(acme.at("/default_rev_org/id").asText(), api.get("/rev-orgs.get", "account=" + accountOf(acme))
            .assertStatus(200).at("/rev_org/id"), "the primary keeps its own default rev org");
        assertEquals(3, api.get("/rev-orgs.list", "account=" + accountOf(acme)).assertStatus(200).body()
            .get("rev_orgs").size());
        List<String> inOrgs = new ArrayList<>();
        api.get("/rev-users.list", "rev_org=" + display(globexDefault) + "," + display(eu)).assertStatus(200).body()
            .get("rev_users").forEach(u -> inOrgs.add(display(u)));
        assertEquals(List.of(display(ada), display(bob)), inOrgs);

        api.post("/rev-orgs.delete", json("id", globexDefault.get("id").asText())).assertStatus(200);
        assertFalse(get(ada).has("rev_org"), "the moved rev org is no longer a default and may be deleted");
    }
}
