package dev.roster.events;

import dev.roster.auth.Caller;
import dev.roster.store.Database;
import dev.roster.store.Page;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A dev org's events with where their deliveries stand, as its admin reads them ({@code /_roster/events.list}). */
public final class EventLog {
    private final Database db;
    private final Clock clock;
    private final DeliveryLookup deliveries;
    private final EventListStore store = new EventListStore();

    public EventLog(Database db, Clock clock, DeliveryLookup deliveries) {
        this.db = db;
        this.clock = clock;
        this.deliveries = deliveries;
    }

    /** One page of events, and the deliveries of each, read in one transaction. */
    record Listed(Page<Event> page, Map<Long, List<DeliveryState>> deliveries) {}

    Listed list(Caller caller, EventQuery query) {
        return db.read(tx -> {
            Page<Event> page = store.page(tx, caller.orgId(), query, clock);
            return new Listed(page, deliveries.statesOf(tx, caller.orgId(), page.items().stream().map(Event::id).toList()));
        });
    }
}
