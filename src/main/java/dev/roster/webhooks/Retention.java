package dev.roster.webhooks;

import dev.roster.events.EventOutbox;
import dev.roster.store.Database;
import dev.roster.store.Periodic;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes deliveries and events older than the retention period, in the background, in small
 * batches of their own short transactions, so that a large backlog never holds the writer for long.
 */
final class Retention implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
    static final int BATCH = 500;
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(100);

    private final Database db;
    private final Clock clock;
    private final EventOutbox events;
    private final DeliveryStore deliveries;
    private final Duration retention;
    private volatile Periodic running;

    private Retention(Database db, Clock clock, EventOutbox events, DeliveryStore deliveries, Duration retention) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.deliveries = deliveries;
        this.retention = retention;
    }

    static Retention start(Database db, Clock clock, EventOutbox events, DeliveryStore deliveries, Duration retention) {
        Retention r = new Retention(db, clock, events, deliveries, retention);
        // A sweep every retention period, within bounds: often enough that little piles up, rarely enough to cost nothing.
        Duration pause = Duration.ofMillis(Math.clamp(retention.toMillis(), SHORTEST_PAUSE.toMillis(), LONGEST_PAUSE.toMillis()));
        r.running = Periodic.start("roster-event-retention", pause, r::sweep, LOG);
        return r;
    }

    void sweep() {
        long before = clock.millis() - retention.toMillis();
        while (!isClosed() && db.write(tx -> deliveries.deleteBefore(tx, before, BATCH)) == BATCH) { }
        while (!isClosed() && db.write(tx -> events.removeBefore(tx, before, BATCH)) == BATCH) { }
    }

    private boolean isClosed() { return running != null && running.isClosed(); }

    @Override
    public void close() {
        running.close();
    }
}
