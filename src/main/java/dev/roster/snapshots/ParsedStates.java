package dev.roster.snapshots;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The states of the snapshots restored last, parsed and checked, by snapshot id: a test suite
 * restores the same snapshot (or resets) over and over, and reading its JSON is a good part of a
 * restore. Safe across processes: a snapshot's row never changes, and ids are never reused.
 */
final class ParsedStates {
    /** A few snapshots, and none past this many objects in all, so the cache stays small. */
    private static final int MAX_ENTRIES = 8;
    private static final long MAX_OBJECTS = 100_000;

    private final Map<Long, SnapshotState> states = new LinkedHashMap<>(16, 0.75f, true);

    SnapshotState get(long snapshotId, Supplier<SnapshotState> parse) {
        synchronized (states) {
            SnapshotState cached = states.get(snapshotId);
            if (cached != null) return cached;
        }
        SnapshotState state = parse.get();
        synchronized (states) {
            states.put(snapshotId, state);
            long objects = states.values().stream().mapToLong(SnapshotState::objectCount).sum();
            // Through the entries: a get() on a map in access order would reorder it under the iterator.
            var eldest = states.entrySet().iterator();
            while (states.size() > MAX_ENTRIES || objects > MAX_OBJECTS && states.size() > 1) {
                objects -= eldest.next().getValue().objectCount();
                eldest.remove();
            }
        }
        return state;
    }
}
