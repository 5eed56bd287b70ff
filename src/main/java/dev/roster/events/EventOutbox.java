package dev.roster.events;

import dev.roster.http.Json;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Where services record the events of their changes: in the change's own transaction, so that a
 * change that rolls back emits nothing and one that commits has its events stored with it. Once the
 * transaction commits, the listeners (the webhook dispatcher) are woken to deliver them.
 *
 * <p>Fixtures, snapshot restores and Roster's own operations run {@link #muted}: seeding a dev org
 * must not fire its integrations' triggers.
 */
public final class EventOutbox {
    private static final ThreadLocal<Integer> MUTED = ThreadLocal.withInitial(() -> 0);

    private final Clock clock;
    private final EventStore store = new EventStore();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public EventOutbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records an event of {@code type} about the object {@code objectId} (a DON); {@code body} is the
     * type's object of the envelope, rendered as the API renders it. Nothing while {@link #muted}.
     */
    public void emit(Tx tx, long orgId, EventType type, String objectId, Object body) {
        if (MUTED.get() > 0) return;
        store.insert(tx, orgId, type, objectId, Json.MAPPER.valueToTree(body).toString(), clock.millis());
        tx.afterCommit(this::wake);
    }

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

    private void wake() { listeners.forEach(Runnable::run); }
}
