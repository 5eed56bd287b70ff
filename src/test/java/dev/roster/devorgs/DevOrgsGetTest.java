package dev.roster.devorgs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.Tenant;
import org.junit.jupiter.api.Test;

class DevOrgsGetTest extends ApiTest {
    @Test
    void a_read_token_gets_its_own_dev_org_by_get_and_post() {
        Tenant tenant = server.newTenant();
        Api reader = tenant.admin().withToken(server.token(tenant, tenant.adminId(), Scope.READ));
        JsonNode byGet = reader.get("/dev-orgs.get").assertStatus(200).body().get("dev_org");
        JsonNode byPost = reader.post("/dev-orgs.get", "{}").assertStatus(200).body().get("dev_org");
        assertEquals(byGet, byPost);
        assertEquals("don:identity:dvrv-us-1:devo/" + tenant.orgId(), byGet.get("id").asText());
        assertEquals("DEV-" + tenant.orgId(), byGet.get("display_id").asText());
        assertEquals(byGet.get("created_date"), byGet.get("modified_date"));
        assertNotEquals("", byGet.get("dev_slug").asText());
    }

    @Test
    void an_org_made_by_the_operator_answers_as_dev_orgs_create_named_it() {
        JsonNode created = server.operator().post("/_roster/dev-orgs.create", json("display_name", "Get me"))
            .assertStatus(201).body();
        Api admin = new Api(server.baseUrl(), created.get("token").asText());
        assertEquals(created.get("dev_org"), admin.get("/dev-orgs.get").assertStatus(200).body().get("dev_org"));
    }

    @Test
    void each_tenant_sees_only_its_own_org_and_the_operator_token_none() {
        Tenant other = server.newTenant();
        String mine = api.get("/dev-orgs.get").assertStatus(200).at("/dev_org/id");
        String theirs = other.admin().get("/dev-orgs.get").assertStatus(200).at("/dev_org/id");
        assertNotEquals(mine, theirs);
        server.operator().get("/dev-orgs.get").assertError(403, "forbidden", null);
        api.anonymous().get("/dev-orgs.get").assertError(401, "unauthenticated", null);
    }
}
