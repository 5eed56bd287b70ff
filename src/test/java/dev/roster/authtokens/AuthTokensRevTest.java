package dev.roster.authtokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.Parallel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** {@code auth-tokens.create} with {@code requested_token_type: rev}: the customer user provisioned DevRev's way. */
class AuthTokensRevTest extends ApiTest {
    private static String revRequest(String userRef, String accountRef, Map<String, Object> userTraits) {
        return json("requested_token_type", AuthTokens.REV, "rev_info",
            Map.of("user_ref", userRef, "account_ref", accountRef, "user_traits", userTraits,
                "account_traits", Map.of("display_name", "Acme " + accountRef)));
    }

    private JsonNode revUsersWithRef(String ref) {
        return api.post("/rev-users.list", json("external_ref", List.of(ref))).assertStatus(200).body().get("rev_users");
    }

    @Test
    void a_rev_token_creates_the_rev_user_and_its_account_as_ordinary_objects() {
        String jwt = AuthTokens.create(api, revRequest("cust-1", "acme", Map.of("display_name", "Cy", "email", "cy@acme.example",
            "phone_numbers", List.of("+14155550123"))));

        JsonNode users = revUsersWithRef("cust-1");
        assertEquals(1, users.size());
        JsonNode user = users.get(0);
        assertEquals("Cy", user.get("display_name").asText());
        assertEquals("cy@acme.example", user.get("email").asText());
        assertEquals(user.get("id").asText(), AuthTokens.claims(jwt).get("sub").asText());
        assertEquals(AuthTokens.REV, AuthTokens.claims(jwt).get("token_type").asText());
        JsonNode accounts = api.post("/accounts.list", json("external_refs", List.of("acme"))).assertStatus(200).body()
            .get("accounts");
        assertEquals(1, accounts.size());
        assertEquals("Acme acme", accounts.get(0).get("display_name").asText());
        assertTrue(user.path("rev_org").path("id").asText().contains(":revo/"), "linked to the account's rev org: " + user);
        api.post("/rev-users.update", json("id", user.get("id").asText(), "description", "edited")).assertStatus(200);
    }

    @Test
    void a_rev_token_opens_info_and_its_own_revocation_only() {
        String jwt = AuthTokens.create(api, revRequest("cust-2", "acme", Map.of()));
        Api customer = api.withToken(jwt);

        JsonNode info = customer.get("/auth-tokens.info").assertStatus(200).body();
        assertEquals("rev_user", info.at("/user/type").asText());
        assertEquals(revUsersWithRef("cust-2").get(0).get("display_id").asText(), info.at("/user/display_id").asText());
        customer.get("/rev-users.list").assertError(403, "forbidden", null);
        customer.get("/auth-tokens.list").assertError(403, "forbidden", null);
        customer.post("/auth-tokens.delete", "{}").assertStatus(200);
        customer.get("/auth-tokens.info").assertError(401, "unauthenticated", null);
    }

    @Test
    void the_same_refs_again_find_the_same_objects_and_apply_the_new_traits() {
        AuthTokens.create(api, revRequest("cust-3", "acme", Map.of("display_name", "First")));
        String jwt = AuthTokens.create(api, revRequest("cust-3", "acme", Map.of("display_name", "Second")));

        JsonNode users = revUsersWithRef("cust-3");
        assertEquals(1, users.size());
        assertEquals("Second", users.get(0).get("display_name").asText());
        assertEquals(users.get(0).get("id").asText(), AuthTokens.claims(jwt).get("sub").asText());
        assertEquals(1, api.post("/accounts.list", json("external_refs", List.of("acme"))).assertStatus(200).body()
            .get("accounts").size());
    }

    @Test
    void concurrent_requests_with_the_same_refs_make_one_rev_user_and_one_account() throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = revRequest("cust-race", "race-account", Map.of("display_name", "Racer " + i));
            calls.add(() -> api.post("/auth-tokens.create", body).status());
        }

        assertEquals(new HashSet<>(List.of(201)), new HashSet<>(Parallel.inParallel(calls)));

        assertEquals(1, revUsersWithRef("cust-race").size());
        assertEquals(1, api.post("/accounts.list", json("external_refs", List.of("race-account"))).assertStatus(200).body()
            .get("accounts").size());
    }

    @Test
    void user_id_names_an_existing_rev_user_and_org_ref_finds_or_makes_a_rev_org() {
        String revUser = api.post("/rev-users.create", json("display_name", "Existing", "external_ref", "existing-1"))
            .assertStatus(201).at("/rev_user/id");

        String jwt = AuthTokens.create(api, json("requested_token_type", AuthTokens.REV, "rev_info",
            Map.of("user_id", revUser, "org_ref", "branch-7", "org_traits", Map.of("display_name", "Branch 7"))));

        assertEquals(revUser, AuthTokens.claims(jwt).get("sub").asText());
        JsonNode user = api.get("/rev-users.get", "id=" + revUser).assertStatus(200).body().get("rev_user");
        assertEquals("Branch 7", user.at("/rev_org/display_name").asText());
    }

    @Test
    void bad_rev_requests_are_refused_and_make_nothing() {
        api.post("/auth-tokens.create", json("requested_token_type", AuthTokens.REV))
            .assertError(400, "missing_required_field", "rev_info");
        api.post("/auth-tokens.create", json("requested_token_type", AuthTokens.REV, "rev_info", Map.of()))
            .assertError(400, "missing_required_field", "rev_info.user_ref");
        api.post("/auth-tokens.create", json("rev_info", Map.of("user_ref", "x")))
            .assertError(400, "value_not_permitted", "rev_info");
        api.post("/auth-tokens.create", revRequest("cust-bad", "acme-bad", Map.of("email", "not an email")))
            .assertError(400, "value_not_permitted", "rev_info.user_traits.email");
        api.post("/auth-tokens.create", revRequest("cust-bad", "acme-bad", Map.of("phone_numbers", List.of("555"))))
            .assertError(400, "value_not_permitted", "rev_info.user_traits.phone_numbers");
        api.post("/auth-tokens.create", json("requested_token_type", AuthTokens.REV, "rev_info", Map.of("user_ref", "cust-bad",
            "account_ref", "acme-bad", "account_traits", Map.of("domains", List.of("not a domain")))))
            .assertError(400, "value_not_permitted", "rev_info.account_traits.domains");
        api.post("/auth-tokens.create", json("requested_token_type", AuthTokens.REV, "rev_info", Map.of("user_ref", "cust-bad",
            "org_ref", "org-bad", "org_traits", Map.of("display_name", "x".repeat(300)))))
            .assertError(400, "value_not_permitted", "rev_info.org_traits.display_name");
        api.post("/auth-tokens.create", json("requested_token_type", AuthTokens.REV, "rev_info",
            Map.of("user_id", "REVU-999999999"))).assertError(404, "not_found", null);
        tenant.as(tenant.adminId(), Scope.WRITE).post("/auth-tokens.create", revRequest("cust-w", "acme-w", Map.of()))
            .assertError(403, "forbidden", null);

        assertEquals(0, revUsersWithRef("cust-bad").size());
        assertEquals(0, api.post("/accounts.list", json("external_refs", List.of("acme-bad"))).assertStatus(200).body()
            .get("accounts").size());
    }
}
