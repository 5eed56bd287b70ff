package dev.roster.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.roster.http.Json;
import dev.roster.store.Engine;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Where services record the events of their changes: in the change's own transaction, so that a
 * change that rolls back emits nothing and one that commits has its events stored with it, with a
 * delivery for each webhook that gets them ({@link FanOut}). Once the transaction commits, the
 * listeners (the webhook dispatcher) are woken to deliver them.
 *
 * <p>Fixtures, snapshot restores and Roster's own operations run {@link #muted}: seeding a dev org
 * must not fire its integrations' triggers.
 */
public final class EventOutbox {
    private static final ThreadLocal<Integer> MUTED = ThreadLocal.withInitial(() -> 0);

    private final Clock clock;
    private final EventStore store = new EventStore();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile FanOut fanOut = FanOut.NONE;

    public EventOutbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records an event of {@code type} about the object {@code objectId} (a DON); {@code body} is the
     * type's object of the envelope, rendered as the API renders it. Nothing while {@link #muted}.
     */
    public void emit(Tx tx, long orgId, EventType type, String objectId, Object body) {
        if (MUTED.get() > 0) return;
        long now = clock.millis();
        Sql event = store.insert(orgId, type, objectId, render(body), now);
        if (tx.engine() == Engine.POSTGRESQL) {
            // One statement stores the event and its deliveries: every write a round trip shorter.
            Sql statement = fanOut.deliveries(new Sql().append("(select id from e)"), orgId, type, objectId, now)
                .map(deliveries -> new Sql().append("with e as (").appendSql(event).append(" returning id) ").appendSql(deliveries))
                .orElse(event);
            tx.update(statement.text(), statement.params());
        } else {
            long id = tx.insert(event.text() + " returning id", event.params());
            fanOut.deliveries(new Sql().append("?", id), orgId, type, objectId, now)
                .ifPresent(deliveries -> tx.update(deliveries.text(), deliveries.params()));
        }
        tx.afterCommit(this::wake);
    }

    private static String render(Object body) {
        try {
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event body is what the API renders, and cannot fail to render", e);
        }
    }

    /**
     * Makes the deliveries of each event in the transaction that stores it (the webhooks'), so that
     * they exist the moment the change commits and a crash right after loses none.
     */
    @FunctionalInterface
    public interface FanOut {
        FanOut NONE = (eventId, orgId, type, objectId, now) -> Optional.empty();

        /**
         * The one statement that makes the event's deliveries, where {@code eventId} is the SQL that
         * gives the event's id: a bound parameter, or on PostgreSQL the id its insert returns.
         */
        Optional<Sql> deliveries(Sql eventId, long orgId, EventType type, String objectId, long now);
    }

    /** Who gets each event from now on. */
    public void fanOutWith(FanOut fanOut) { this.fanOut = fanOut; }

    /**
     * Removes up to {@code limit} events older than {@code before} that no delivery refers to any
     * more (retention); answers how many went.
     */
    public int removeBefore(Tx tx, long before, int limit) { return store.deleteBefore(tx, before, limit); }

    /** Runs {@code work} on this thread without emitting events, however deeply it nests. */
    public static <T> T muted(Supplier<T> work) {
        MUTED.set(MUTED.get() + 1);
        try {
            return work.get();
        } finally {
            MUTED.set(MUTED.get() - 1);
        }
    }

    /** Whether this thread is emitting no events now. */
    public static boolean isMuted() { return MUTED.get() > 0; }

    /** Calls {@code listener} after each commit that stored events; it must return at once. */
    public void onEvents(Runnable listener) { listeners.add(listener); }

    /** Wakes the listeners, as a commit that stored events does: for deliveries made without an event (a redelivery). */
    public void wake() { listeners.forEach(Runnable::run); }
}
