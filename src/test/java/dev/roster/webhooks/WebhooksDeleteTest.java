package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import org.junit.jupiter.api.Test;

class WebhooksDeleteTest extends ApiTest {
    @Test
    void deleting_answers_an_empty_object_and_the_webhook_is_gone() {
        JsonNode webhook = Webhooks.create(api, "url", Webhooks.NOWHERE);
        assertEquals(json(), api.post("/webhooks.delete", json("id", Webhooks.id(webhook))).assertStatus(200).text());
        api.post("/webhooks.get", json("id", Webhooks.id(webhook))).assertStatus(404);
        api.post("/webhooks.delete", json("id", Webhooks.id(webhook))).assertStatus(404);
    }

    @Test
    void another_tenants_webhook_is_not_found_and_stays() {
        var other = server.newTenant().admin();
        JsonNode theirs = Webhooks.create(other, "url", Webhooks.NOWHERE);
        api.post("/webhooks.delete", json("id", Webhooks.id(theirs))).assertStatus(404);
        assertEquals(theirs, Webhooks.get(other, theirs));
    }

    @Test
    void deleting_a_dev_org_with_webhooks_and_deliveries_removes_them() {
        var tenant = server.newTenant();
        JsonNode receiving = Webhooks.create(tenant.admin(), "url", Webhooks.NOWHERE, "event_types", java.util.List.of("webhook_created"));
        Webhooks.create(tenant.admin(), "url", Webhooks.NOWHERE);
        assertEquals(2, rows("delivery", tenant.orgId()), "each webhook's verification");
        server.operator().post("/_roster/dev-orgs.delete", json("id", "DEV-" + tenant.orgId())).assertStatus(200);
        tenant.admin().post("/webhooks.get", json("id", Webhooks.id(receiving))).assertStatus(401);
        assertEquals(0, rows("webhook", tenant.orgId()));
        assertEquals(0, rows("delivery", tenant.orgId()));
    }

    private long rows(String table, long orgId) {
        return server.services().db().read(tx -> tx.first("select count(*) as n from " + table + " where org_id = ?",
            rs -> rs.getLong("n"), orgId).orElseThrow());
    }
}
