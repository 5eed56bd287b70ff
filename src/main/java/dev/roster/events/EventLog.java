package dev.roster.events;

import dev.roster.auth.Caller;
import dev.roster.store.Database;
import dev.roster.store.Page;
import java.time.Clock;

/** A dev org's events, as its admin reads them ({@code /_roster/events.list}). */
public final class EventLog {
    private final Database db;
    private final Clock clock;
    private final EventListStore store = new EventListStore();

    public EventLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    Page<Event> list(Caller caller, EventQuery query) {
        return db.read(tx -> store.page(tx, caller.orgId(), query, clock));
    }
}
