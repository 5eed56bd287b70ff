package dev.roster.events;

import dev.roster.store.Sql;
import dev.roster.store.Tx;

/** The outbox's rows. */
final class EventStore {
    /** The insert of an event, for the outbox to run with its deliveries. */
    Sql insert(long orgId, EventType type, String objectId, String payload, long now) {
        return new Sql().append("insert into event (org_id, type, object_id, payload, created_date) values (?, ?, ?, ?, ?)",
            orgId, type.wire(), objectId, payload, now);
    }

    int deleteBefore(Tx tx, long before, int limit) {
        return tx.update("""
            delete from event where id in (select e.id from event e where e.created_date < ?
                and not exists (select 1 from delivery d where d.event_id = e.id) order by e.id limit ?)""", before, limit);
    }
}
