package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevUsersLinkTest extends ApiTest {
    private static final String LINK = "/rev-users.link";

    private JsonNode revOrg(String name) {
        return api.post("/accounts.create", json("display_name", name)).assertStatus(201).body().get("default_rev_org");
    }

    private JsonNode create(Object... fields) {
        return api.post("/rev-users.create", json(fields)).assertStatus(201).body().get("rev_user");
    }

    private JsonNode get(String id) {
        return api.get("/rev-users.get", "id=" + id).assertStatus(200).body().get("rev_user");
    }

    private List<String> members(String revOrg) {
        List<String> ids = new ArrayList<>();
        api.get("/rev-users.list", "rev_org=" + revOrg).assertStatus(200).body().get("rev_users")
            .forEach(u -> ids.add(u.get("display_id").asText()));
        return ids;
    }

    @Test
    void linking_an_unlinked_user_sets_its_rev_org_and_marks_it_modified() {
        JsonNode acme = revOrg("Acme");
        JsonNode ada = create("display_name", "Ada");
        long other = DevUsers.number(DevUsers.create(api, "admin2@example.com"));

        JsonNode linked = tenant.as(other, Scope.ADMIN).post(LINK, json("id", ada.get("display_id").asText(),
            "rev_org", acme.get("display_id").asText())).assertStatus(200).body().get("rev_user");

        assertEquals("rev_org", linked.at("/rev_org/type").asText());
        assertEquals(acme.get("id"), linked.at("/rev_org/id"));
        assertEquals(acme.get("display_id"), linked.at("/rev_org/display_id"));
        assertEquals("Acme", linked.at("/rev_org/display_name").asText());
        assertEquals(ada.get("id"), linked.get("id"));
        assertEquals("DEVU-" + other, linked.at("/modified_by/display_id").asText());
        assertTrue(linked.get("modified_date").asText().compareTo(ada.get("modified_date").asText()) >= 0);
        assertEquals(linked, get(ada.get("id").asText()), "the link is stored, not only answered");
        assertEquals(List.of(ada.get("display_id").asText()), members(acme.get("id").asText()));
    }

    @Test
    void linking_elsewhere_moves_the_user_and_keeps_its_id() {
        JsonNode acme = revOrg("Acme");
        JsonNode globex = revOrg("Globex");
        JsonNode ada = create("display_name", "Ada", "rev_org", acme.get("id").asText());

        JsonNode moved = api.post(LINK, json("id", ada.get("id").asText(), "rev_org", globex.get("id").asText()))
            .assertStatus(200).body().get("rev_user");

        assertEquals(globex.get("id"), moved.at("/rev_org/id"));
        assertEquals(ada.get("id"), moved.get("id"));
        assertEquals(ada.get("display_id"), moved.get("display_id"));
        assertEquals(List.of(), members(acme.get("id").asText()));
        assertEquals(List.of(ada.get("display_id").asText()), members(globex.get("id").asText()));
    }

    @Test
    void linking_to_the_current_rev_org_is_idempotent() {
        JsonNode acme = revOrg("Acme");
        JsonNode ada = create("display_name", "Ada", "rev_org", acme.get("id").asText());

        JsonNode again = api.post(LINK, json("id", ada.get("display_id").asText(), "rev_org", acme.get("display_id").asText()))
            .assertStatus(200).body().get("rev_user");

        assertEquals(ada, again, "nothing changes, not even modified_date");
        assertEquals(ada, get(ada.get("id").asText()));
    }

    @Test
    void the_deprecated_aliases_are_accepted_alone_or_with_the_same_object() {
        JsonNode acme = revOrg("Acme");
        JsonNode globex = revOrg("Globex");
        JsonNode ada = create("display_name", "Ada");
        String user = ada.get("id").asText();

        api.post(LINK, json("user_don", user, "rev_org_don", acme.get("id").asText())).assertStatus(200);
        assertEquals(acme.get("id"), get(user).at("/rev_org/id"));
        api.post(LINK, json("id", ada.get("display_id").asText(), "user_don", user,
            "rev_org", globex.get("display_id").asText(), "rev_org_don", globex.get("id").asText())).assertStatus(200);
        assertEquals(globex.get("id"), get(user).at("/rev_org/id"));
    }

    @Test
    void aliases_naming_other_objects_or_no_ids_at_all_are_rejected_and_change_nothing() {
        JsonNode acme = revOrg("Acme");
        JsonNode globex = revOrg("Globex");
        JsonNode ada = create("display_name", "Ada", "rev_org", acme.get("id").asText());
        String bob = create("display_name", "Bob").get("id").asText();
        String user = ada.get("id").asText();

        api.post(LINK, json("id", user, "user_don", bob, "rev_org", globex.get("id").asText()))
            .assertError(400, "value_not_permitted", "user_don");
        api.post(LINK, json("id", user, "rev_org", globex.get("id").asText(), "rev_org_don", acme.get("id").asText()))
            .assertError(400, "value_not_permitted", "rev_org_don");
        api.post(LINK, json("rev_org", globex.get("id").asText())).assertError(400, "missing_required_field", "id");
        api.post(LINK, json("id", user)).assertError(400, "missing_required_field", "rev_org");
        assertEquals(ada, get(user));
    }

    @Test
    void unknown_foreign_and_wrong_kind_ids_are_rejected_and_change_nothing() {
        JsonNode acme = revOrg("Acme");
        JsonNode ada = create("display_name", "Ada", "rev_org", acme.get("id").asText());
        String user = ada.get("id").asText();
        var other = server.newTenant().admin();
        JsonNode strangerOrg = other.post("/accounts.create", json("display_name", "Other")).assertStatus(201)
            .body().get("default_rev_org");
        String stranger = other.post("/rev-users.create", json("display_name", "S")).assertStatus(201).at("/rev_user/id");

        api.post(LINK, json("id", "REVU-999999999", "rev_org", acme.get("id").asText())).assertError(404, "not_found", null);
        api.post(LINK, json("id", user, "rev_org", "REV-999999999")).assertError(404, "not_found", null);
        api.post(LINK, json("id", user, "rev_org", strangerOrg.get("id").asText())).assertError(404, "not_found", null);
        api.post(LINK, json("id", user, "rev_org", strangerOrg.get("display_id").asText()))
            .assertError(404, "not_found", null);
        api.post(LINK, json("id", stranger, "rev_org", acme.get("id").asText())).assertError(404, "not_found", null);
        api.post(LINK, json("id", user, "rev_org", "ACC-1")).assertError(400, "unexpected_id_type", "rev_org");
        api.post(LINK, json("id", "junk", "rev_org", acme.get("id").asText())).assertError(400, "invalid_id", "id");
        assertEquals(ada, get(user));
        assertTrue(other.get("/rev-users.get", "id=" + stranger).assertStatus(200).body().at("/rev_user/rev_org")
            .isMissingNode(), "the stranger stays unlinked");
    }

    @Test
    void write_and_read_tokens_may_not_link() {
        JsonNode acme = revOrg("Acme");
        JsonNode ada = create("display_name", "Ada");
        long dev = DevUsers.number(DevUsers.create(api, "dev@example.com"));
        String body = json("id", ada.get("id").asText(), "rev_org", acme.get("id").asText());

        tenant.as(dev, Scope.WRITE).post(LINK, body).assertError(403, "forbidden", null);
        tenant.as(dev, Scope.READ).post(LINK, body).assertError(403, "forbidden", null);
        api.anonymous().post(LINK, body).assertError(401, "unauthenticated", null);
        assertEquals(ada, get(ada.get("id").asText()));
    }

    @Test
    void the_operation_is_documented_as_deprecated() {
        JsonNode doc = api.anonymous().get("/openapi.json").assertStatus(200).body();
        assertTrue(doc.at("/paths/~1rev-users.link/post/deprecated").asBoolean(), "rev-users.link is deprecated");
    }
}
