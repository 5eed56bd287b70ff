package dev.roster.webhooks;

import dev.roster.events.EventOutbox;
import dev.roster.store.Database;
import dev.roster.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process's dispatcher. It wakes when a commit stores events and polls for what it was not
 * woken for (other processes' events, retries due, expired leases); claims due deliveries in
 * batches under a lease; makes each attempt on a virtual thread, at most {@code total} at once and
 * {@code perWebhook} per webhook (counted over all processes); and records the outcomes of a round
 * in one transaction. It never runs on a request's thread, so a slow receiver slows no request.
 */
public final class Deliveries implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
    /** Five times the longest attempt: a lease runs out only when its process died or stalled; then another takes over. */
    static final Duration LEASE = Duration.ofSeconds(15);
    /** The least time between two rounds: what a delivery may wait so that rounds batch. */
    static final Duration ROUND_SPACING = Duration.ofMillis(10);

    private final Database db;
    private final Clock clock;
    private final WebhookStore webhooks;
    private final Verified verified;
    private final DeliveryStore store;
    private final WebhookSettings settings;
    private final Sender sender;
    private final Retention retention;
    private final String owner = UUID.randomUUID().toString();
    private final Semaphore slots;
    private final Semaphore wake = new Semaphore(0);
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ExecutorService attempts = Executors.newVirtualThreadPerTaskExecutor();
    private final Thread loop;
    private volatile boolean running = true;
    private boolean failing;

    private Deliveries(Database db, Clock clock, WebhookStore webhooks, Verified verified, DeliveryStore store,
                       WebhookSettings settings, Retention retention) {
        this.db = db;
        this.clock = clock;
        this.webhooks = webhooks;
        this.verified = verified;
        this.store = store;
        this.settings = settings;
        this.sender = new Sender(settings.deny(), settings.total());
        this.retention = retention;
        this.slots = new Semaphore(settings.total());
        this.loop = Thread.ofVirtual().name("roster-webhook-dispatcher").unstarted(this::run);
    }

    /** What a verification that succeeded changes, in the transaction that records it. */
    @FunctionalInterface
    interface Verified {
        void record(Tx tx, Claimed delivery, long now);
    }

    static Deliveries start(Database db, Clock clock, EventOutbox events, WebhookStore webhooks, Verified verified,
                            DeliveryStore store, WebhookSettings settings) {
        Deliveries deliveries = new Deliveries(db, clock, webhooks, verified, store, settings,
            Retention.start(db, clock, events, store, settings.eventRetention()));
        events.onEvents(deliveries.wake::release);
        deliveries.loop.start();
        return deliveries;
    }

    private void run() {
        long lastRound = 0;
        while (running) {
            try {
                // Rounds at most every ROUND_SPACING: under a steady flow each round records and claims
                // many deliveries in one transaction, instead of one transaction per delivery.
                long wait = lastRound + ROUND_SPACING.toNanos() - System.nanoTime();
                if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
                lastRound = System.nanoTime();
                int claimed = round();
                if (failing) LOG.info("webhook dispatcher recovered");
                failing = false;
                // A full batch suggests more is due: go again; otherwise wait to be woken.
                if (claimed == 0 || slots.availablePermits() == 0) {
                    wake.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be away for a while: the leases keep what was claimed, and the next round
                // retries. Said once, not at every poll.
                if (!failing) LOG.warn("webhook dispatcher round failed; retrying until it succeeds: {}", e.toString());
                failing = true;
                pause();
            }
        }
    }

    /**
     * Records the attempts finished since the last round and claims what is due, in one
     * transaction, then starts the claimed attempts; answers how many it claimed.
     */
    private int round() {
        List<Outcome> batch = new ArrayList<>();
        for (Outcome o; (o = outcomes.poll()) != null; ) batch.add(o);
        int free = running ? slots.availablePermits() : 0;
        long now = clock.millis();
        // A read first: when nothing is due, as between bursts, a round takes no write lock. The rooms
        // it finds may be a moment old when the claim uses them: the claim takes only rows still
        // unleased, and another process's claim in that moment is one the bound could miss anyway.
        List<DeliveryStore.Room> rooms = free > 0 ? withRoom(db.read(tx -> store.rooms(tx, now)), batch) : List.of();
        if (batch.isEmpty() && rooms.isEmpty()) return 0;
        List<Claimed> claimed;
        try {
            claimed = db.write(tx -> {
                record(tx, batch);
                List<Long> ids = claim(tx, rooms, now, free);
                return ids.isEmpty() ? List.<Claimed>of() : store.load(tx, ids, webhooks);
            });
        } catch (RuntimeException e) {
            outcomes.addAll(batch);
            throw e;
        }
        for (Claimed delivery : claimed) {
            slots.acquireUninterruptibly();
            attempts.execute(() -> {
                try {
                    outcomes.add(sender.attempt(delivery, clock.millis()));
                } finally {
                    slots.release();
                    wake.release();
                }
            });
        }
        return claimed.size();
    }

    /**
     * The webhooks that may have more deliveries in flight once this round has recorded {@code batch}:
     * the leases of the attempts it records are as good as ended.
     */
    private List<DeliveryStore.Room> withRoom(List<DeliveryStore.Room> rooms, List<Outcome> batch) {
        Map<Long, Integer> ending = new HashMap<>();
        for (Outcome outcome : batch) ending.merge(outcome.delivery().webhookId(), 1, Integer::sum);
        return rooms.stream()
            .map(room -> new DeliveryStore.Room(room.webhookId(), room.verifying(),
                Math.max(0, room.leased() - ending.getOrDefault(room.webhookId(), 0))))
            .filter(room -> room.leased() < settings.perWebhook())
            .toList();
    }

    /**
     * Claims up to {@code free} deliveries over the webhooks that have room, taken in a new order each
     * round so that, when the process's bound is the limit, no webhook always comes last.
     */
    private List<Long> claim(Tx tx, List<DeliveryStore.Room> rooms, long now, int free) {
        List<DeliveryStore.Room> shuffled = new ArrayList<>(rooms);
        Collections.shuffle(shuffled);
        List<Long> ids = new ArrayList<>();
        for (DeliveryStore.Room room : shuffled) {
            int left = free - ids.size();
            if (left <= 0) break;
            int limit = Math.min(left, settings.perWebhook() - room.leased());
            ids.addAll(store.claim(tx, room, owner, now, now + LEASE.toMillis(), limit));
        }
        return ids;
    }

    private void record(Tx tx, List<Outcome> batch) {
        long now = clock.millis();
        // Successes are nearly every outcome under load: one statement per status, not one per delivery.
        Map<Integer, List<Long>> delivered = new HashMap<>();
        for (Outcome outcome : batch) {
            Claimed delivery = outcome.delivery();
            if (outcome.isSuccess()) {
                delivered.computeIfAbsent(outcome.status(), status -> new ArrayList<>()).add(delivery.id());
                if (delivery.isVerify()) verified.record(tx, delivery, now);
            } else {
                store.attemptFailed(tx, outcome, owner, nextAttempt(delivery, now), now);
            }
        }
        delivered.forEach((status, ids) -> store.delivered(tx, ids, status, owner, now));
    }

    /** When the next attempt is due; null when none is left (a verification also ends at its deadline). */
    private Long nextAttempt(Claimed delivery, long now) {
        return settings.retry().before(delivery.attempts() + 1)
            .map(delay -> now + delay.toMillis())
            .filter(next -> !delivery.isVerify() || delivery.verifyUntil() == null || next <= delivery.verifyUntil())
            .orElse(null);
    }

    private void pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops claiming, lets the attempts in flight finish (each is bounded), and records their outcomes. */
    @Override
    public void close() {
        running = false;
        wake.release();
        retention.close();
        try {
            loop.join(Sender.TIMEOUT.multipliedBy(2).toMillis());
            attempts.shutdown();
            attempts.awaitTermination(Sender.TIMEOUT.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS);
            round();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // What was not recorded stays leased, and is attempted again when the lease runs out.
            LOG.warn("could not record the last webhook attempts: {}", e.toString());
        } finally {
            sender.close();
        }
    }
}
