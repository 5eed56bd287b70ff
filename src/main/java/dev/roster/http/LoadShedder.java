package dev.roster.http;

import dev.roster.errors.ApiError;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the requests in flight: past the limit, and while the server drains for shutdown, a
 * request answers 503 at once instead of queueing. Memory stays bounded under any load.
 */
public final class LoadShedder {
    private static final String HELD = "roster.inflight";

    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Metrics metrics;
    private volatile boolean draining;

    public LoadShedder(int maxInFlight, Metrics metrics) {
        this.maxInFlight = maxInFlight;
        this.metrics = metrics;
    }

    /** Admits a request or throws 503. Every admitted request must reach {@link #release}. */
    public void admit(Context ctx) {
        if (draining) {
            metrics.shed("draining");
            throw new ApiError.ServiceUnavailable("the server is shutting down; retry on another instance or shortly")
                .toException();
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            metrics.shed("overload");
            throw new ApiError.ServiceUnavailable("the server is at capacity (" + maxInFlight
                + " requests in flight); retry shortly").toException();
        }
        ctx.attribute(HELD, Boolean.TRUE);
    }

    public void release(Context ctx) {
        if (ctx.attribute(HELD) != null) {
            ctx.attribute(HELD, null);
            inFlight.decrementAndGet();
        }
    }

    public int inFlight() { return inFlight.get(); }

    /** Refuses new requests, then waits up to {@code timeout} for those in flight to finish. */
    public void drain(Duration timeout) {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
