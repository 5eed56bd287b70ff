package dev.roster.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AccountsCreateTest extends ApiTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CREATE = "/accounts.create";

    private int accounts() {
        return api.post("/accounts.list", "{}").assertStatus(200).body().get("accounts").size();
    }

    private int revOrgs() {
        return api.post("/rev-orgs.list", "{}").assertStatus(200).body().get("rev_orgs").size();
    }

    private String tag(String name, List<String> allowed) {
        return api.post("/tags.create", allowed == null ? json("name", name) : json("name", name, "allowed_values", allowed))
            .assertStatus(201).at("/tag/display_id");
    }

    @Test
    void creating_an_account_answers_it_with_its_default_rev_org() {
        JsonNode owner = DevUsers.create(api, "owner@example.com");
        String vip = tag("vip", List.of("gold", "silver"));
        JsonNode body = api.post(CREATE, json("display_name", "Acme", "description", "Rockets", "domains",
                List.of("Acme.COM", "acme.io"), "external_refs", List.of("crm-1"), "owned_by", List.of(owner.get("id").asText()),
                "tags", List.of(Map.of("id", vip, "value", "gold")), "tier", "enterprise",
                "websites", List.of("https://acme.com"), "custom_fields", Map.of("region", "emea", "seats", 40)))
            .assertStatus(201).body();

        JsonNode account = body.get("account");
        long number = Long.parseLong(account.get("display_id").asText().substring("ACC-".length()));
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId() + ":account/" + number, account.get("id").asText());
        assertEquals("Acme", account.get("display_name").asText());
        assertEquals("Rockets", account.get("description").asText());
        assertEquals("[\"acme.com\",\"acme.io\"]", account.get("domains").toString(), "domains are lower-cased");
        assertEquals("[\"crm-1\"]", account.get("external_refs").toString());
        assertEquals(owner.get("display_id").asText(), account.at("/owned_by/0/display_id").asText());
        assertEquals("dev_user", account.at("/owned_by/0/type").asText());
        assertEquals("owner@example.com", account.at("/owned_by/0/email").asText());
        assertEquals(vip, account.at("/tags/0/tag/display_id").asText());
        assertEquals("vip", account.at("/tags/0/tag/name").asText());
        assertEquals("gold", account.at("/tags/0/value").asText());
        assertEquals("enterprise", account.get("tier").asText());
        assertEquals("[\"https://acme.com\"]", account.get("websites").toString());
        assertEquals(MAPPER.valueToTree(Map.of("region", "emea", "seats", 40)), account.get("custom_fields"));
        assertEquals(tenant.adminDisplayId(), account.at("/created_by/display_id").asText());
        assertEquals(tenant.adminDisplayId(), account.at("/modified_by/display_id").asText());

        JsonNode revOrg = body.get("default_rev_org");
        assertEquals("Acme", revOrg.get("display_name").asText());
        assertEquals("account", revOrg.at("/account/type").asText());
        assertEquals(account.get("id"), revOrg.at("/account/id"));
        assertEquals(account.get("display_id"), revOrg.at("/account/display_id"));
        assertEquals("Acme", revOrg.at("/account/display_name").asText());
        assertEquals(account, api.post("/accounts.get", json("id", account.get("id").asText())).body().get("account"));
        assertEquals(revOrg, api.post("/rev-orgs.get", json("account", account.get("display_id").asText()))
            .assertStatus(200).body().get("rev_org"), "the default rev org is stored and found by its account");
    }

    @Test
    void a_minimal_account_has_empty_lists_and_no_optional_fields() {
        JsonNode account = api.post(CREATE, json("display_name", "Solo")).assertStatus(201).body().get("account");
        assertEquals("[]", account.get("owned_by").toString(), "owned_by is always present");
        assertFalse(account.has("description"), account.toString());
        assertFalse(account.has("tier"), account.toString());
        assertFalse(account.has("custom_fields"), account.toString());
        assertEquals(1, accounts());
        assertEquals(1, revOrgs());
    }

    @Test
    void a_domain_used_by_another_account_is_a_conflict_naming_it_and_nothing_is_created() {
        String acme = api.post(CREATE, json("display_name", "Acme", "domains", List.of("acme.com")))
            .assertStatus(201).at("/account/display_id");

        api.post(CREATE, json("display_name", "Copycat", "domains", List.of("copy.com", "ACME.com")))
            .assertError(409, "conflict", null).assertMessageContains(acme).assertMessageContains("acme.com");

        assertEquals(1, accounts());
        assertEquals(1, revOrgs(), "the default rev org was rolled back too");
        api.post(CREATE, json("display_name", "Copy", "domains", List.of("copy.com"))).assertStatus(201);
    }

    @Test
    void an_external_ref_used_by_another_account_is_a_conflict() {
        String acme = api.post(CREATE, json("display_name", "Acme", "external_refs", List.of("crm-1")))
            .assertStatus(201).at("/account/display_id");
        api.post(CREATE, json("display_name", "Copycat", "external_refs", List.of("crm-1")))
            .assertError(409, "conflict", null).assertMessageContains(acme);
        assertEquals(1, accounts());
        server.newTenant().admin().post(CREATE, json("display_name", "Elsewhere", "external_refs", List.of("crm-1"),
            "domains", List.of("acme.com"))).assertStatus(201);
    }

    @Test
    void malformed_and_duplicated_list_values_are_rejected() {
        api.post(CREATE, json("display_name", "A", "domains", List.of("not a domain")))
            .assertError(400, "value_not_permitted", "domains");
        api.post(CREATE, json("display_name", "A", "domains", List.of("localhost"))).assertError(400, "value_not_permitted", "domains");
        api.post(CREATE, json("display_name", "A", "domains", List.of("a.com", "A.com")))
            .assertError(400, "value_not_permitted", "domains");
        api.post(CREATE, json("display_name", "A", "external_refs", List.of("x", "x")))
            .assertError(400, "value_not_permitted", "external_refs");
        api.post(CREATE, json("display_name", "A", "websites", List.of("w", "w"))).assertError(400, "value_not_permitted", "websites");
        String owner = DevUsers.create(api, "o@example.com").get("display_id").asText();
        api.post(CREATE, json("display_name", "A", "owned_by", List.of(owner, owner)))
            .assertError(400, "value_not_permitted", "owned_by");
        assertEquals(0, accounts());
    }

    @Test
    void the_display_name_is_required() {
        api.post(CREATE, json("tier", "x")).assertError(400, "missing_required_field", "display_name");
        api.post(CREATE, json("display_name", "")).assertError(400, "value_not_permitted", "display_name");
        api.post(CREATE, json("display_name", "n".repeat(257))).assertError(400, "value_not_permitted", "display_name");
        api.post(CREATE, "{\"display_name\":1}").assertError(400, "unexpected_json_type", "display_name");
        assertEquals(0, accounts());
    }

    @Test
    void owners_must_be_existing_dev_users_of_this_dev_org() {
        api.post(CREATE, json("display_name", "A", "owned_by", List.of("DEVU-999999999")))
            .assertError(404, "not_found", null).assertMessageContains("DEVU-999999999");
        String foreign = DevUsers.create(server.newTenant().admin(), "x@example.com").get("id").asText();
        api.post(CREATE, json("display_name", "A", "owned_by", List.of(foreign))).assertError(404, "not_found", null);
        api.post(CREATE, json("display_name", "A", "owned_by", List.of("REVU-1"))).assertError(400, "unexpected_id_type", "owned_by");
        assertEquals(0, accounts());
        assertEquals(0, revOrgs());
    }

    @Test
    void tags_must_exist_allow_the_value_and_appear_once() {
        String vip = tag("vip", List.of("gold"));
        String free = tag("free", null);
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", "TAG-999999999"))))
            .assertError(404, "not_found", null).assertMessageContains("TAG-999999999");
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", vip, "value", "bronze"))))
            .assertError(400, "value_not_permitted", "tags").assertMessageContains("bronze");
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", vip), Map.of("id", vip))))
            .assertError(400, "value_not_permitted", "tags");
        String foreign = server.newTenant().admin().post("/tags.create", json("name", "theirs")).assertStatus(201).at("/tag/display_id");
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", foreign)))).assertError(404, "not_found", null);
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", "ACC-1"))))
            .assertError(400, "unexpected_id_type", "tags[].id");
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", free, "value", "anything"))))
            .assertError(400, "value_not_permitted", "tags").assertMessageContains("free");
        assertEquals(0, accounts());

        JsonNode tags = api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", free),
            Map.of("id", vip, "value", "gold")))).assertStatus(201).body().at("/account/tags");
        assertEquals("free", tags.at("/0/tag/name").asText());
        assertFalse(tags.get(0).has("value"), tags.toString());
        assertEquals("gold", tags.at("/1/value").asText());
    }

    @Test
    void a_tag_without_allowed_values_takes_no_value_even_after_they_are_emptied() {
        String vip = tag("vip", List.of("gold"));
        api.post("/tags.update", json("id", vip, "allowed_values", Map.of("set", List.of()))).assertStatus(200);
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", vip, "value", "gold"))))
            .assertError(400, "value_not_permitted", "tags");
        assertEquals(0, accounts());
        api.post(CREATE, json("display_name", "A", "tags", List.of(Map.of("id", vip)))).assertStatus(201);
    }

    @Test
    void only_an_admin_token_may_create() {
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        tenant.as(bob, Scope.WRITE).post(CREATE, json("display_name", "A")).assertError(403, "forbidden", null);
        tenant.as(bob, Scope.READ).post(CREATE, json("display_name", "A")).assertError(403, "forbidden", null);
        api.anonymous().post(CREATE, json("display_name", "A")).assertError(401, "unauthenticated", null);
        assertEquals(0, accounts());
    }

    @Test
    void thirty_two_concurrent_creates_with_one_domain_leave_exactly_one_account() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String name = "Contender " + i;
            calls.add(() -> api.post(CREATE, json("display_name", name, "domains", List.of("contested.com"))).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (Future<Integer> f : pool.invokeAll(calls)) statuses.add(f.get());
        }

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(31, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        JsonNode holders = api.get("/accounts.list", "domains=contested.com").assertStatus(200).body().get("accounts");
        assertEquals(1, holders.size(), "the database holds exactly one account with the domain");
        assertEquals(1, accounts());
        assertEquals(1, revOrgs(), "the losers' default rev orgs were rolled back");
    }
}
