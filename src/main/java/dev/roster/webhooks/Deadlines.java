package dev.roster.webhooks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Bounds each whole attempt, for a receiver that answers a byte at a time within every read's
 * timeout. One sweep a fraction of the bound apart aborts what ran past it: a task scheduled per
 * attempt woke a thread per delivery, which under load cost more than the check.
 */
final class Deadlines implements AutoCloseable {
    private static final int SWEEPS_PER_BOUND = 12;

    private final long boundNanos;
    private final Map<Cancellable, Long> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("roster-webhook-deadlines").factory());

    Deadlines(Duration bound) {
        boundNanos = bound.toNanos();
        long every = Math.max(1, bound.toMillis() / SWEEPS_PER_BOUND);
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    /** {@code attempt} is cancelled if it has not {@link #ended} within the bound (and at most a sweep's spacing more). */
    void started(Cancellable attempt) {
        running.put(attempt, System.nanoTime() + boundNanos);
    }

    void ended(Cancellable attempt) {
        running.remove(attempt);
    }

    private void sweep() {
        long now = System.nanoTime();
        running.forEach((attempt, deadline) -> {
            if (now - deadline >= 0 && running.remove(attempt, deadline)) attempt.cancel();
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
