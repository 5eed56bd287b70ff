package dev.roster.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagsGetTest extends ApiTest {
    private static final String GET = "/tags.get";

    private JsonNode create(String name) {
        return api.post("/tags.create", json("name", name, "allowed_values", List.of("a", "b")))
            .assertStatus(201).body().get("tag");
    }

    @Test
    void a_tag_is_found_by_display_id_or_don_with_get_or_post() {
        JsonNode tag = create("vip");
        String displayId = tag.get("display_id").asText();

        assertEquals(tag, api.get(GET, "id=" + displayId).assertStatus(200).body().get("tag"));
        assertEquals(tag, api.get(GET, "id=" + tag.get("id").asText()).assertStatus(200).body().get("tag"));
        assertEquals(tag, api.post(GET, json("id", displayId)).assertStatus(200).body().get("tag"));
        assertEquals(tag, api.post(GET, json("id", tag.get("id").asText())).assertStatus(200).body().get("tag"));
        assertEquals(tag, api.post(GET, json("id", displayId.toLowerCase())).assertStatus(200).body().get("tag"),
            "display ids are case-insensitive");
    }

    @Test
    void each_id_answers_its_own_tag() {
        JsonNode vip = create("vip");
        JsonNode churn = create("churn");
        assertEquals("vip", api.post(GET, json("id", vip.get("display_id").asText())).at("/tag/name"));
        assertEquals("churn", api.post(GET, json("id", churn.get("display_id").asText())).at("/tag/name"));
    }

    @Test
    void a_read_token_may_get_a_tag() {
        JsonNode tag = create("vip");
        long bob = DevUsers.number(DevUsers.create(api, "bob@example.com"));
        assertEquals(tag, tenant.as(bob, Scope.READ).post(GET, json("id", tag.get("display_id").asText()))
            .assertStatus(200).body().get("tag"));
        api.anonymous().post(GET, json("id", tag.get("display_id").asText())).assertError(401, "unauthenticated", null);
    }

    @Test
    void the_id_is_required() {
        api.post(GET, "{}").assertError(400, "missing_required_field", "id");
        api.get(GET).assertError(400, "missing_required_field", "id");
    }

    @Test
    void malformed_wrong_kind_and_unknown_ids_are_told_apart() {
        api.post(GET, json("id", "not a tag")).assertError(400, "invalid_id", "id");
        api.post(GET, json("id", "ACC-1")).assertError(400, "unexpected_id_type", "id");
        api.post(GET, json("id", "TAG-999999999")).assertError(404, "not_found", null).assertMessageContains("TAG-999999999");
    }

    @Test
    void another_tenants_tag_is_not_found() {
        JsonNode foreign = server.newTenant().admin().post("/tags.create", json("name", "secret"))
            .assertStatus(201).body().get("tag");
        api.post(GET, json("id", foreign.get("display_id").asText())).assertError(404, "not_found", null);
        api.post(GET, json("id", foreign.get("id").asText())).assertError(404, "not_found", null);
    }
}
