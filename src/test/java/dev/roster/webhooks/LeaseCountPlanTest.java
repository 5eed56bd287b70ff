package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.store.Database;
import dev.roster.store.Engine;
import dev.roster.testing.ApiTest;
import dev.roster.testing.TestEngine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A dispatcher counts each webhook's leases at every round, on an index that holds only the deliveries
 * with a lease (migration V12): the count must be able to use it on both engines, and on PostgreSQL
 * walk it in order, the only kind of scan that marks the entries of dead row versions (each claim
 * leaves one) so that later rounds skip them. A bitmap scan, which a busy server's planner gave a
 * plain count, visited every one of them at every round until a VACUUM.
 */
class LeaseCountPlanTest {
    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void the_lease_count_walks_the_index_of_leased_deliveries_in_order(TestEngine engine) {
        var server = DeliveryServers.of(engine, DeliveryServers.Variant.FAST);
        var tenant = DeliveryServers.newTenant(server);
        var created = Webhooks.create(tenant.admin(), "url", Webhooks.NOWHERE);
        String display = created.get("display_id").asText();
        long webhook = Long.parseLong(display.substring(display.indexOf('-') + 1));
        Database db = server.server().services().db();
        long now = System.currentTimeMillis();
        // A busy webhook's history: deliveries claimed and delivered, and a few in flight (their next
        // attempt a day away, so that the dispatcher never takes these rows without an event).
        db.write(tx -> {
            for (int i = 0; i < 2000; i++) {
                tx.update("""
                    insert into delivery (org_id, webhook_id, kind, object_id, state, attempts, next_attempt, lease_until,
                                          created_date, modified_date)
                    values (?, ?, 'event', ?, ?, 1, ?, ?, 0, 0)""", tenant.orgId(), webhook, "lease/" + i,
                    i < 10 ? "pending" : "delivered", now + 86_400_000L, i < 10 ? now + 15_000 : null);
            }
            return null;
        });
        db.write(tx -> tx.update("analyze delivery"));

        List<String> plan = db.write(tx -> tx.list((tx.engine() == Engine.POSTGRESQL ? "explain " : "explain query plan ")
            + DeliveryStore.ROOMS, rs -> rs.getString(tx.engine() == Engine.POSTGRESQL ? 1 : 4), now, now, now));
        String text = String.join("\n", plan);
        assertTrue(text.contains("delivery_webhook_lease_ix"), "the count uses the lease index:\n" + text);
        assertFalse(text.contains("Bitmap"), "no bitmap scan, which never marks dead index entries:\n" + text);
        tenant.admin().post("/webhooks.delete", ApiTest.json("id", Webhooks.id(created))).assertStatus(200);
    }
}
