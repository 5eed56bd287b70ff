package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rev-users.list filter, by GET and POST alike. The paging rules are in RevUsersListPagingTest. */
class RevUsersListTest extends ApiTest {
    private static final String LIST = "/rev-users.list";

    private JsonNode acme;
    private JsonNode globex;
    private String gold;
    private String vip;
    private JsonNode ada;
    private JsonNode bob;
    private long otherAdmin;

    /** ada (Acme, gold), bob (Globex, vip), cyd (no rev org, both tags) by the admin; dee by another admin. */
    @BeforeEach
    void directory() {
        acme = api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201).body();
        globex = api.post("/accounts.create", json("display_name", "Globex")).assertStatus(201).body();
        gold = api.post("/tags.create", json("name", "gold")).assertStatus(201).at("/tag/id");
        vip = api.post("/tags.create", json("name", "vip")).assertStatus(201).at("/tag/display_id");
        ada = create("display_name", "ada", "email", "ada@acme.io", "external_ref", "crm-1", "external_refs", List.of("z-1"),
            "phone_numbers", List.of("+14155550001"), "rev_org", acme.at("/default_rev_org/id").asText(),
            "tags", List.of(Map.of("id", gold)), "custom_fields", Map.of("tier", "gold", "level", 3));
        bob = create("display_name", "bob", "email", "Bob@Globex.io", "external_ref", "crm-2",
            "external_refs", List.of("z-2", "h-2"), "phone_numbers", List.of("+14155550002", "+442071234567"),
            "account", globex.at("/account/id").asText(), "tags", List.of(Map.of("id", vip)),
            "custom_fields", Map.of("tier", "silver", "level", "3"));
        create("display_name", "cyd", "email", "cyd@x.io", "external_ref", "crm-3",
            "tags", List.of(Map.of("id", gold), Map.of("id", vip)), "custom_fields", Map.of("tier", "gold"));
        otherAdmin = DevUsers.number(DevUsers.create(api, "admin2@example.com"));
        tenant.as(otherAdmin, Scope.ADMIN).post("/rev-users.create", json("display_name", "dee", "external_ref", "crm-4"))
            .assertStatus(201);
    }

    private JsonNode create(Object... fields) {
        return api.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    /** Lists by GET and by POST, checks both answer the same, and answers the display names in order. */
    private List<String> both(String query, String body) {
        JsonNode viaGet = api.get(LIST, query).assertStatus(200).body();
        JsonNode viaPost = api.post(LIST, body).assertStatus(200).body();
        assertEquals(viaGet, viaPost, "GET ?" + query + " and POST " + body + " must answer the same");
        return names(viaGet);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("rev_users").forEach(user -> names.add(user.get("display_name").asText()));
        return names;
    }

    @Test
    void without_filters_every_user_is_listed_oldest_first() {
        assertEquals(List.of("ada", "bob", "cyd", "dee"), both("", "{}"));
    }

    @Test
    void the_email_filter_matches_any_listed_address_case_insensitively_in_every_query_form() {
        String body = json("email", List.of("ADA@acme.io", "bob@globex.IO"));
        List<String> expected = List.of("ada", "bob");
        assertEquals(expected, both("email=ADA@acme.io,bob@globex.IO", body));
        assertEquals(expected, both("email=ADA@acme.io&email=bob@globex.IO", body));
        assertEquals(expected, both("email=%22ADA@acme.io%22,%22bob@globex.IO%22", body));
        assertEquals(expected, both("email=%22ADA@acme.io%22&email=%22bob@globex.IO%22", body));
        assertEquals(List.of(), both("email=nobody@x.io", json("email", List.of("nobody@x.io"))));
    }

    @Test
    void the_external_ref_and_external_refs_filters_match_any_listed_ref() {
        assertEquals(List.of("ada", "cyd"), both("external_ref=crm-3,crm-1", json("external_ref", List.of("crm-3", "crm-1"))));
        assertEquals(List.of("bob"), both("external_refs=h-2", json("external_refs", List.of("h-2"))));
        assertEquals(List.of("ada", "bob"), both("external_refs=z-2&external_refs=z-1&external_refs=h-2",
            json("external_refs", List.of("z-2", "z-1", "h-2"))), "a user matching two refs appears once");
        assertEquals(List.of(), both("external_refs=crm-1", json("external_refs", List.of("crm-1"))),
            "external_refs does not look at external_ref");
    }

    @Test
    void the_phone_numbers_filter_matches_any_listed_number() {
        assertEquals(List.of("bob"), both("phone_numbers=%2B442071234567", json("phone_numbers", List.of("+442071234567"))));
        assertEquals(List.of("ada", "bob"), both("phone_numbers=%2B14155550001,%2B14155550002",
            json("phone_numbers", List.of("+14155550001", "+14155550002"))));
    }

    @Test
    void the_rev_org_filter_takes_display_ids_and_dons() {
        String acmeOrg = acme.at("/default_rev_org/display_id").asText();
        String globexOrg = globex.at("/default_rev_org/id").asText();
        assertEquals(List.of("ada"), both("rev_org=" + acmeOrg, json("rev_org", List.of(acmeOrg))));
        assertEquals(List.of("ada", "bob"), both("rev_org=" + globexOrg + "," + acmeOrg,
            json("rev_org", List.of(globexOrg, acmeOrg))));
        api.get(LIST, "rev_org=ACC-1").assertError(400, "unexpected_id_type", "rev_org");
        api.post(LIST, json("rev_org", List.of("nonsense"))).assertError(400, "invalid_id", "rev_org");
    }

    @Test
    void the_is_verified_filter_splits_verified_from_unverified_users() {
        assertEquals(List.of("ada", "bob", "cyd", "dee"), both("is_verified=false", json("is_verified", false)));
        assertEquals(List.of(), both("is_verified=true", json("is_verified", true)));
        api.get(LIST, "is_verified=maybe").assertError(400, "value_not_permitted", "is_verified");
        api.post(LIST, json("is_verified", "true")).assertError(400, "unexpected_json_type", "is_verified");
    }

    @Test
    void the_created_by_filter_matches_the_creators() {
        String other = "DEVU-" + otherAdmin;
        assertEquals(List.of("dee"), both("created_by=" + other, json("created_by", List.of(other))));
        assertEquals(List.of("ada", "bob", "cyd", "dee"), both("created_by=" + other + "," + tenant.adminDisplayId(),
            json("created_by", List.of(other, tenant.adminDisplayId()))));
        api.get(LIST, "created_by=REVU-1").assertError(400, "unexpected_id_type", "created_by");
    }

    @Test
    void date_filters_are_inclusive_and_follow_updates() {
        String at = bob.get("created_date").asText();
        List<JsonNode> all = new ArrayList<>();
        api.post(LIST, "{}").assertStatus(200).body().get("rev_users").forEach(all::add);
        List<String> fromBob = all.stream().filter(u -> !Instant.parse(u.get("created_date").asText()).isBefore(Instant.parse(at)))
            .map(u -> u.get("display_name").asText()).toList();
        assertTrue(fromBob.containsAll(List.of("bob", "cyd", "dee")), fromBob.toString());
        assertEquals(fromBob, both("created_date.after=" + at, json("created_date", Map.of("after", at))));
        assertTrue(both("created_date.before=" + at, json("created_date", Map.of("type", "range", "before", at)))
            .containsAll(List.of("ada", "bob")), "both ends are inclusive");
        assertEquals(List.of(), both("created_date.before=2000-01-01T00:00:00Z",
            json("created_date", Map.of("before", "2000-01-01T00:00:00Z"))));

        String touched = api.post("/rev-users.update", json("id", ada.get("id").asText(), "description", "x"))
            .assertStatus(200).at("/rev_user/modified_date");
        assertTrue(both("modified_date.after=" + touched, json("modified_date", Map.of("after", touched))).contains("ada"));
        assertEquals(List.of("ada", "bob", "cyd", "dee"), both("modified_date.type=preset&modified_date.preset_type=last_n_days"
            + "&modified_date.days=1", json("modified_date", Map.of("type", "preset", "preset_type", "last_n_days", "days", 1))));
        api.get(LIST, "created_date.after=yesterday").assertError(400, "value_not_permitted", null);
    }

    @Test
    void the_tags_filter_matches_users_carrying_any_of_the_tags() {
        assertEquals(List.of("ada", "cyd"), both("tags=" + gold, json("tags", List.of(gold))));
        assertEquals(List.of("ada", "bob", "cyd"), both("tags=" + gold + "&tags=" + vip, json("tags", List.of(gold, vip))),
            "cyd carries both and appears once");
        api.get(LIST, "tags=ACC-1").assertError(400, "unexpected_id_type", "tags");
    }

    @Test
    void custom_field_filters_match_json_values_in_post_and_strings_in_get() {
        assertEquals(List.of("ada", "cyd"), both("custom_fields.tier=gold", json("custom_fields", Map.of("tier", "gold"))));
        assertEquals(List.of("bob"), both("custom_fields.level=3", json("custom_fields", Map.of("level", "3"))));
        assertEquals(List.of("ada"), names(api.post(LIST, json("custom_fields", Map.of("level", 3))).assertStatus(200).body()),
            "a JSON number matches only the number");
        assertEquals(List.of(), both("custom_fields.tier=gold&custom_fields.level=3",
            json("custom_fields", Map.of("tier", "gold", "level", "3"))), "all keys must match");
    }

    @Test
    void the_associations_filter_takes_accounts_and_rev_orgs() {
        String globexAccount = globex.at("/account/display_id").asText();
        String acmeOrg = acme.at("/default_rev_org/id").asText();
        api.post("/rev-users.associations.add", json("rev_user_id", ada.get("id").asText(),
            "associations", List.of(Map.of("associated_to", globexAccount)))).assertStatus(201);
        api.post("/rev-users.associations.add", json("rev_user_id", bob.get("display_id").asText(),
            "associations", List.of(Map.of("associated_to", acmeOrg)))).assertStatus(201);

        assertEquals(List.of("ada"), both("associations=" + globexAccount, json("associations", List.of(globexAccount))));
        assertEquals(List.of("bob"), both("associations=" + acmeOrg, json("associations", List.of(acmeOrg))));
        String acmeAccount = acme.at("/account/id").asText();
        assertEquals(List.of("bob"), both("associations=" + acmeAccount, json("associations", List.of(acmeAccount))),
            "a rev org association brings its account's");
        assertEquals(List.of("ada", "bob"), both("associations=" + acmeOrg + "," + globexAccount,
            json("associations", List.of(acmeOrg, globexAccount))));
        api.get(LIST, "associations=DEVU-1").assertError(400, "unexpected_id_type", "associations");
    }

    @Test
    void filters_combine_and_deleted_users_are_left_out() {
        assertEquals(List.of("ada"), both("tags=" + gold + "&custom_fields.tier=gold&email=ada@acme.io",
            json("tags", List.of(gold), "custom_fields", Map.of("tier", "gold"), "email", List.of("ada@acme.io"))));
        api.post("/rev-users.delete", json("id", ada.get("id").asText())).assertStatus(200);
        assertEquals(List.of("cyd"), both("tags=" + gold, json("tags", List.of(gold))));
        assertEquals(List.of("bob", "cyd", "dee"), both("", "{}"));
    }

    @Test
    void a_read_token_may_list_and_an_anonymous_call_may_not() {
        long reader = DevUsers.number(DevUsers.create(api, "reader@example.com"));
        assertEquals(4, tenant.as(reader, Scope.READ).get(LIST).assertStatus(200).body().get("rev_users").size());
        api.anonymous().get(LIST).assertError(401, "unauthenticated", null);
    }
}
