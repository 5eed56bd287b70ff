package dev.roster.events;

import dev.roster.store.Tx;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where the deliveries of some events stand, per event id: what the webhooks keep of them. */
@FunctionalInterface
public interface DeliveryLookup {
    Map<Long, List<DeliveryState>> statesOf(Tx tx, long orgId, Collection<Long> eventIds);
}
