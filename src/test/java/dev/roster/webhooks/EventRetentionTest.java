package dev.roster.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On a server that keeps events and deliveries for a millisecond. */
class EventRetentionTest extends DeliveryTest {
    @Override
    protected DeliveryServers.Variant variant() { return DeliveryServers.Variant.RETENTION; }

    private long rows(String table) {
        return server.server().services().db().read(tx -> tx.first("select count(*) as n from " + table + " where org_id = ?",
            rs -> rs.getLong("n"), orgId).orElseThrow());
    }

    @Test
    void events_and_deliveries_past_the_retention_are_removed_in_the_background_and_writes_go_on() {
        Receiver receiver = receiver("retention-secret");
        activeWebhook(receiver, List.of("webhook_created"));
        for (int i = 0; i < 5; i++) createOther(Webhooks.NOWHERE);
        JsonNode last = createOther(Webhooks.NOWHERE);

        eventually(() -> Optional.of(rows("event") + rows("delivery")).filter(n -> n == 0), "every event and delivery removed");
        assertEquals(last, Webhooks.get(api, last), "the webhooks themselves stay");
        createOther(Webhooks.NOWHERE);
    }
}
