package dev.roster.store;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * Background work on a virtual thread of its own: runs at once, then every {@code every}, until
 * closed. A run that fails is logged and the next one tries again, so that a database away for a
 * while stops nothing for good.
 */
public final class Periodic implements AutoCloseable {
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    private Periodic(String name, Duration every, Runnable work, Logger log) {
        this.thread = Thread.ofVirtual().name(name).unstarted(() -> {
            try {
                do {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        log.warn("{} failed; trying again later: {}", name, e.toString());
                    }
                } while (!stopped.await(every.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Starts {@code work} on a thread named {@code name}; failures go to {@code log}. */
    public static Periodic start(String name, Duration every, Runnable work, Logger log) {
        Periodic periodic = new Periodic(name, every, work, log);
        periodic.thread.start();
        return periodic;
    }

    /** Whether {@link #close} was called: long work checks it between its steps. */
    public boolean isClosed() { return stopped.getCount() == 0; }

    /** Asks the work to stop, and waits a little for a run under way. */
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
