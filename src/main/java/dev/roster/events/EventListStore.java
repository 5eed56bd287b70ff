package dev.roster.events;

import dev.roster.store.Page;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/** Reads the outbox for {@code events.list}, newest first by the {@code (org_id, id)} index. */
final class EventListStore {
    private static final SortColumns<Event> COLUMNS = new SortColumns<Event>().and("id", "id", Event::id);

    Page<Event> page(Tx tx, long orgId, EventQuery query, Clock clock) {
        Sql select = new Sql().append("select id, org_id, type, object_id, payload, created_date from event where org_id = ?",
            orgId);
        query.types().ifPresent(types -> select.append(" and type in ").appendList(types.stream().map(EventType::wire).toList()));
        query.objectDon().ifPresent(don -> select.append(" and object_id = ?", don));
        query.createdDate().ifPresent(filter -> filter.resolve(clock).appendTo(select, "created_date"));
        return Pager.fetch(tx, select, query.page(), COLUMNS, EventListStore::map);
    }

    private static Event map(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        return new Event(rs.getLong("id"), rs.getLong("org_id"),
            EventType.ofWire(type).orElseThrow(() -> new IllegalStateException("unknown event type in the outbox: " + type)),
            rs.getString("object_id"), rs.getString("payload"), rs.getLong("created_date"));
    }
}
