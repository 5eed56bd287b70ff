package dev.roster.webhooks;

import dev.roster.events.EventOutbox;
import dev.roster.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    private Retention(Database db, Clock clock, EventOutbox events, DeliveryStore deliveries, Duration retention) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.deliveries = deliveries;
        this.retention = retention;
        this.thread = Thread.ofVirtual().name("roster-event-retention").unstarted(this::run);
    }

    static Retention start(Database db, Clock clock, EventOutbox events, DeliveryStore deliveries, Duration retention) {
        Retention r = new Retention(db, clock, events, deliveries, retention);
        r.thread.start();
        return r;
    }

    private void run() {
        // A sweep every retention period, within bounds: often enough that little piles up, rarely enough to cost nothing.
        long pause = Math.clamp(retention.toMillis(), SHORTEST_PAUSE.toMillis(), LONGEST_PAUSE.toMillis());
        try {
            do {
                try {
                    sweep();
                } catch (RuntimeException e) {
                    LOG.warn("event retention sweep failed; retrying later: {}", e.toString());
                }
            } while (!stopped.await(pause, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void sweep() {
        long before = clock.millis() - retention.toMillis();
        while (stopped.getCount() > 0 && db.write(tx -> deliveries.deleteBefore(tx, before, BATCH)) == BATCH) { }
        while (stopped.getCount() > 0 && db.write(tx -> events.removeBefore(tx, before, BATCH)) == BATCH) { }
    }

    @Override
    public void close() {
        stopped.countDown();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
