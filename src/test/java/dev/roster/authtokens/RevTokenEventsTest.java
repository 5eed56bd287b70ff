package dev.roster.authtokens;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.events.Events;
import dev.roster.testing.ApiTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a rev token provisions emits the events of the directory operations it stands for. */
class RevTokenEventsTest extends ApiTest {
    private static String revRequest(String userRef, String accountRef, Map<String, Object> userTraits) {
        return json("requested_token_type", AuthTokens.REV, "rev_info",
            Map.of("user_ref", userRef, "account_ref", accountRef, "user_traits", userTraits));
    }

    @Test
    void a_new_customer_emits_its_account_rev_org_and_user() {
        Events events = Events.watch(api);
        AuthTokens.create(api, revRequest("cust-1", "acme", Map.of("display_name", "Cy")));
        List<JsonNode> made = events.expect("account_created", "rev_org_created", "rev_user_created", "rev_user_updated");
        JsonNode user = api.post("/rev-users.list", json("external_ref", List.of("cust-1"))).assertStatus(200)
            .body().at("/rev_users/0");
        assertEquals(user, object(made.get(3), "rev_user"));
        assertEquals("Cy", object(made.get(3), "rev_user").get("display_name").asText());
    }

    @Test
    void a_known_customer_emits_only_the_update_its_traits_make() {
        AuthTokens.create(api, revRequest("cust-1", "acme", Map.of("display_name", "Cy")));
        Events events = Events.watch(api);
        AuthTokens.create(api, revRequest("cust-1", "acme", Map.of("display_name", "Cyrus")));
        JsonNode updated = events.expect("rev_user_updated").getFirst();
        assertEquals("Cy", object(updated, "old_rev_user").get("display_name").asText());
        assertEquals("Cyrus", object(updated, "rev_user").get("display_name").asText());
    }
}
