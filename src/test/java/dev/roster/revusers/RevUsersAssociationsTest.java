package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rev-users.associations.add, .list and .remove. */
class RevUsersAssociationsTest extends ApiTest {
    private static final String ADD = "/rev-users.associations.add";
    private static final String LIST = "/rev-users.associations.list";
    private static final String REMOVE = "/rev-users.associations.remove";

    private JsonNode account(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body();
    }

    private String user(String name) {
        return api.post("/rev-users.create", json("display_name", name)).assertStatus(201).at("/rev_user/id");
    }

    private ApiResponse add(String user, String... targets) {
        List<Map<String, String>> items = new ArrayList<>();
        for (String target : targets) items.add(Map.of("associated_to", target));
        return api.post(ADD, json("rev_user_id", user, "associations", items));
    }

    /** The display ids of a user's associations, in listed order. */
    private List<String> associations(String user) {
        List<String> ids = new ArrayList<>();
        api.get(LIST, "rev_user_id=" + user).assertStatus(200).body().get("associations")
            .forEach(a -> ids.add(a.at("/associated_to/display_id").asText()));
        return ids;
    }

    private static String display(JsonNode node) { return node.get("display_id").asText(); }

    @Test
    void adding_an_account_answers_201_and_lists_its_summary() {
        JsonNode acme = account("Acme").get("account");
        String ada = user("Ada");

        assertEquals("{}", add(ada, acme.get("id").asText()).assertStatus(201).body().toString());

        JsonNode listed = api.post(LIST, json("rev_user_id", ada)).assertStatus(200).body();
        assertEquals(1, listed.get("associations").size());
        JsonNode to = listed.at("/associations/0/associated_to");
        assertEquals("account", to.get("type").asText());
        assertEquals(acme.get("id"), to.get("id"));
        assertEquals(acme.get("display_id"), to.get("display_id"));
        assertEquals("Acme", to.get("display_name").asText());
        assertFalse(listed.has("next_cursor") || listed.has("prev_cursor"), listed.toString());
        assertEquals(listed, api.get(LIST, "rev_user_id=" + ada).assertStatus(200).body(), "GET and POST list alike");
    }

    @Test
    void a_rev_org_brings_its_account_along_and_accounts_list_first() {
        JsonNode acme = account("Acme");
        JsonNode globex = account("Globex");
        String eu = api.post("/rev-orgs.create", json("account", display(globex.get("account")), "display_name", "Globex EU"))
            .assertStatus(201).at("/rev_org/display_id");
        String ada = user("Ada");

        add(ada, eu, display(acme.get("default_rev_org"))).assertStatus(201);

        assertEquals(List.of(display(acme.get("account")), display(globex.get("account")), display(acme.get("default_rev_org")),
            eu), associations(ada));
        JsonNode rev = api.get(LIST, "rev_user_id=" + ada).assertStatus(200).body().at("/associations/3/associated_to");
        assertEquals("rev_org", rev.get("type").asText());
        assertEquals("Globex EU", rev.get("display_name").asText());
    }

    @Test
    void adding_an_existing_association_again_is_idempotent() {
        JsonNode acme = account("Acme");
        String ada = user("Ada");
        String org = acme.at("/default_rev_org/id").asText();
        add(ada, org).assertStatus(201);
        add(ada, org, acme.at("/account/display_id").asText(), org).assertStatus(201);
        assertEquals(List.of(acme.at("/account/display_id").asText(), acme.at("/default_rev_org/display_id").asText()),
            associations(ada));
    }

    @Test
    void removing_answers_204_with_an_empty_body_and_absent_ones_are_a_no_op() {
        JsonNode acme = account("Acme");
        JsonNode globex = account("Globex");
        String ada = user("Ada");
        add(ada, acme.at("/account/id").asText(), globex.at("/default_rev_org/id").asText()).assertStatus(201);

        ApiResponse removed = api.post(REMOVE, json("rev_user_id", ada, "associations",
            List.of(acme.at("/account/display_id").asText(), acme.at("/default_rev_org/id").asText())));

        removed.assertStatus(204);
        assertEquals("", removed.text());
        assertEquals(List.of(globex.at("/account/display_id").asText(), globex.at("/default_rev_org/display_id").asText()),
            associations(ada));
        api.post(REMOVE, json("rev_user_id", ada, "associations", List.of(globex.at("/default_rev_org/id").asText())))
            .assertStatus(204);
        assertEquals(List.of(globex.at("/account/display_id").asText()), associations(ada),
            "removing a rev org keeps its account's association");
    }

    @Test
    void the_list_pages_with_cursors_both_ways() {
        String ada = user("Ada");
        List<String> expected = new ArrayList<>();
        for (String name : List.of("A", "B", "C")) expected.add(display(account(name).get("account")));
        add(ada, expected.toArray(String[]::new)).assertStatus(201);

        JsonNode first = api.post(LIST, json("rev_user_id", ada, "limit", 2)).assertStatus(200).body();
        assertEquals(2, first.get("associations").size());
        assertTrue(first.has("next_cursor") && !first.has("prev_cursor"), first.toString());
        JsonNode second = api.get(LIST, "rev_user_id=" + ada + "&limit=2&cursor=" + first.get("next_cursor").asText())
            .assertStatus(200).body();
        assertEquals(expected.get(2), second.at("/associations/0/associated_to/display_id").asText());
        assertTrue(second.has("prev_cursor") && !second.has("next_cursor"), second.toString());
        JsonNode back = api.post(LIST, json("rev_user_id", ada, "limit", 2, "cursor", second.get("prev_cursor").asText()))
            .assertStatus(200).body();
        assertEquals(first.get("associations"), back.get("associations"));
        api.post(LIST, json("rev_user_id", ada, "limit", 0)).assertError(400, "value_not_permitted", "limit");
        api.post(LIST, json("rev_user_id", ada, "cursor", "garbage")).assertError(400, "value_not_permitted", "cursor");
    }

    @Test
    void unknown_targets_and_users_are_not_found_and_nothing_is_added() {
        JsonNode acme = account("Acme");
        String ada = user("Ada");
        JsonNode stranger = server.newTenant().admin().post("/accounts.create", json("display_name", "Other"))
            .assertStatus(201).body();

        add(ada, acme.at("/account/id").asText(), "ACC-999999999").assertError(404, "not_found", null);
        add(ada, "REV-999999999").assertError(404, "not_found", null);
        add(ada, stranger.at("/account/id").asText()).assertError(404, "not_found", null);
        add(ada, stranger.at("/default_rev_org/display_id").asText()).assertError(404, "not_found", null);
        add("REVU-999999999", acme.at("/account/id").asText()).assertError(404, "not_found", null);
        api.get(LIST, "rev_user_id=REVU-999999999").assertError(404, "not_found", null);
        api.post(REMOVE, json("rev_user_id", "REVU-999999999", "associations", List.of(acme.at("/account/id").asText())))
            .assertError(404, "not_found", null);
        assertEquals(List.of(), associations(ada), "a failed add adds nothing, not even its valid items");
    }

    @Test
    void missing_and_wrong_kind_fields_are_named() {
        String ada = user("Ada");
        api.post(ADD, json("rev_user_id", ada)).assertError(400, "missing_required_field", "associations");
        api.post(ADD, json("associations", List.of())).assertError(400, "missing_required_field", "rev_user_id");
        api.post(REMOVE, json("rev_user_id", ada)).assertError(400, "missing_required_field", "associations");
        api.post(LIST, "{}").assertError(400, "missing_required_field", "rev_user_id");
        add(ada, "DEVU-1").assertError(400, "unexpected_id_type", null);
        api.post(ADD, json("rev_user_id", "ACC-1", "associations", List.of())).assertError(400, "unexpected_id_type",
            "rev_user_id");
        assertEquals(List.of(), associations(ada));
    }

    @Test
    void adding_and_removing_need_admin_while_a_read_token_may_list() {
        JsonNode acme = account("Acme");
        String ada = user("Ada");
        String accountId = acme.at("/account/id").asText();
        add(ada, accountId).assertStatus(201);
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        var writer = tenant.as(dev, Scope.WRITE);

        writer.post(ADD, json("rev_user_id", ada, "associations", List.of(Map.of("associated_to",
            acme.at("/default_rev_org/id").asText())))).assertError(403, "forbidden", null);
        writer.post(REMOVE, json("rev_user_id", ada, "associations", List.of(accountId))).assertError(403, "forbidden", null);
        assertEquals(1, tenant.as(dev, Scope.READ).get(LIST, "rev_user_id=" + ada).assertStatus(200)
            .body().get("associations").size());
        api.anonymous().get(LIST, "rev_user_id=" + ada).assertError(401, "unauthenticated", null);
        assertEquals(List.of(acme.at("/account/display_id").asText()), associations(ada));
    }
}
