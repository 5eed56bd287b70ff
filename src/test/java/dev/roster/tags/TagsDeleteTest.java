package dev.roster.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TagsDeleteTest extends ApiTest {
    private static final String DELETE = "/tags.delete";

    private String create(String name) {
        return api.post("/tags.create", json("name", name)).assertStatus(201).at("/tag/display_id");
    }

    private static List<String> tagNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.get("tags").forEach(t -> names.add(t.at("/tag/name").asText()));
        return names;
    }

    @Test
    void a_deleted_tag_is_gone_from_get_and_list() {
        String vip = create("vip");
        create("churn");

        assertEquals("{}", api.post(DELETE, json("id", vip)).assertStatus(200).body().toString());

        api.post("/tags.get", json("id", vip)).assertError(404, "not_found", null);
        JsonNode listed = api.get("/tags.list").assertStatus(200).body().get("tags");
        assertEquals(1, listed.size());
        assertEquals("churn", listed.get(0).get("name").asText());
    }

    @Test
    void the_tag_disappears_from_every_account_and_rev_org_that_carried_it() {
        String vip = create("vip");
        String churn = create("churn");
        List<Map<String, String>> both = List.of(Map.of("id", vip), Map.of("id", churn));
        String account = api.post("/accounts.create", json("display_name", "Acme", "tags", both))
            .assertStatus(201).at("/account/display_id");
        String revOrg = api.post("/rev-orgs.create", json("account", account, "display_name", "Acme EU", "tags", both))
            .assertStatus(201).at("/rev_org/display_id");

        api.post(DELETE, json("id", vip)).assertStatus(200);

        JsonNode acc = api.post("/accounts.get", json("id", account)).assertStatus(200).body().get("account");
        JsonNode org = api.post("/rev-orgs.get", json("id", revOrg)).assertStatus(200).body().get("rev_org");
        assertEquals(List.of("churn"), tagNames(acc));
        assertEquals(List.of("churn"), tagNames(org));
        assertEquals(0, api.post("/accounts.list", json("tags", List.of(vip))).assertStatus(200).body().get("accounts").size());
        assertEquals(0, api.post("/rev-orgs.list", json("tags", List.of(vip))).assertStatus(200).body().get("rev_orgs").size());
        assertEquals(1, api.post("/accounts.list", json("tags", List.of(churn))).assertStatus(200).body().get("accounts").size());
    }

    @Test
    void a_deleted_tags_name_can_be_used_again() {
        String vip = create("vip");
        api.post(DELETE, json("id", vip)).assertStatus(200);
        String again = create("VIP");
        assertEquals("VIP", api.post("/tags.get", json("id", again)).at("/tag/name"));
    }

    @Test
    void deleting_twice_or_an_unknown_tag_is_not_found() {
        String vip = create("vip");
        api.post(DELETE, json("id", vip)).assertStatus(200);
        api.post(DELETE, json("id", vip)).assertError(404, "not_found", null);
        api.post(DELETE, json("id", "TAG-999999999")).assertError(404, "not_found", null);
        api.post(DELETE, "{}").assertError(400, "missing_required_field", "id");
        api.post(DELETE, json("id", "ACC-1")).assertError(400, "unexpected_id_type", "id");
        api.post(DELETE, json("id", "junk")).assertError(400, "invalid_id", "id");
    }

    @Test
    void another_tenants_tag_cannot_be_deleted() {
        var other = server.newTenant();
        String theirs = other.admin().post("/tags.create", json("name", "theirs")).assertStatus(201).at("/tag/id");
        api.post(DELETE, json("id", theirs)).assertError(404, "not_found", null);
        other.admin().post("/tags.get", json("id", theirs)).assertStatus(200);
    }

    @Test
    void only_an_admin_token_may_delete_and_a_refused_delete_changes_nothing() {
        String vip = create("vip");
        String account = api.post("/accounts.create", json("display_name", "Acme", "tags", List.of(Map.of("id", vip))))
            .assertStatus(201).at("/account/display_id");
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));

        tenant.as(bob, Scope.WRITE).post(DELETE, json("id", vip)).assertError(403, "forbidden", null);
        api.anonymous().post(DELETE, json("id", vip)).assertError(401, "unauthenticated", null);

        api.post("/tags.get", json("id", vip)).assertStatus(200);
        assertEquals(List.of("vip"), tagNames(api.post("/accounts.get", json("id", account)).body().get("account")));
    }
}
