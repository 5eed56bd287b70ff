package dev.roster.events;

import dev.roster.store.Tx;

/** The outbox's rows. */
final class EventStore {
    long insert(Tx tx, long orgId, EventType type, String objectId, String payload, long now) {
        return tx.insert("insert into event (org_id, type, object_id, payload, created_date) values (?, ?, ?, ?, ?) returning id",
            orgId, type.wire(), objectId, payload, now);
    }
}
