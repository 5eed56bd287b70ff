package dev.roster.http;

import dev.roster.errors.ApiError;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the requests in flight: past the limit, and while the server drains for shutdown, a
 * request answers 503 at once instead of queueing. Memory stays bounded under any load.
 *
 * <p>Two counts, because two questions are asked at different moments. Capacity ({@link #release})
 * is given back once the work is done and before the answer is written, so a client that has read
 * its answer always finds its slot free again. A drain waits on the other count ({@link #finish}),
 * which falls only once the answer is written, so stopping never cuts off a finished answer.
 */
public final class LoadShedder {
    private static final String HELD = "roster.inflight";
    private static final String OPEN = "roster.unfinished";
    private static final String CLIENT = "roster.client";

    private final int maxInFlight;
    private final int maxPerClient;
    private final ConcurrentHashMap<Object, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger unfinished = new AtomicInteger();
    private final Metrics metrics;
    private volatile boolean draining;

    public LoadShedder(int maxInFlight, Metrics metrics) {
        this.maxInFlight = maxInFlight;
        // A quarter of the slots per client: one token cannot take them all, four busy ones still fit.
        this.maxPerClient = Math.max(1, maxInFlight / 4);
        this.metrics = metrics;
    }

    /**
     * Admits a request or throws 503. Every request that reached this must reach {@link #release}
     * and then {@link #finish}, admitted or not; both are no-ops for what they need not undo.
     */
    public void admit(Context ctx) {
        // A probe must see the server as it is, not be refused by the load it is meant to detect.
        if (ctx.path().equals("/health") || ctx.path().equals("/ready")) return;
        // Counted before the draining check: a drain that starts after this line waits for this
        // request, and one that started before it is seen by the check. A refusal is not waited
        // for, or steady traffic during a drain would keep it from ever seeing zero.
        unfinished.incrementAndGet();
        if (draining) {
            unfinished.decrementAndGet();
            metrics.shed("draining");
            throw new ApiError.ServiceUnavailable("the server is shutting down; retry on another instance or shortly")
                .toException();
        }
        ctx.attribute(OPEN, Boolean.TRUE);
        takeSlot(ctx);
    }

    private void takeSlot(Context ctx) {
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            metrics.shed("overload");
            throw new ApiError.ServiceUnavailable("the server is at capacity (" + maxInFlight
                + " requests in flight); retry shortly").toException();
        }
        ctx.attribute(HELD, Boolean.TRUE);
    }

    /**
     * Counts an admitted request against its client's (its token's) share of the slots, once the
     * client is known, or throws 503.
     */
    public void admitClient(Context ctx, Object client) {
        if (ctx.attribute(HELD) == null) return;
        AtomicInteger count = perClient.computeIfAbsent(client, key -> new AtomicInteger());
        if (count.incrementAndGet() > maxPerClient) {
            releaseClient(client);
            metrics.shed("client share");
            throw new ApiError.ServiceUnavailable("this token has " + maxPerClient + " requests in flight, its share of "
                + "the server; retry when one has finished").toException();
        }
        ctx.attribute(CLIENT, client);
    }

    private void releaseClient(Object client) {
        // Removed at zero, so that the map holds only clients with requests in flight.
        perClient.computeIfPresent(client, (key, count) -> count.decrementAndGet() == 0 ? null : count);
    }

    /** The work is done: gives the request's slot back. Call before the answer is written. */
    public void release(Context ctx) {
        if (ctx.attribute(HELD) != null) {
            ctx.attribute(HELD, null);
            inFlight.decrementAndGet();
        }
        Object client = ctx.attribute(CLIENT);
        if (client != null) {
            ctx.attribute(CLIENT, null);
            releaseClient(client);
        }
    }

    /**
     * Runs {@code pause}, a wait that does no work (a delay fault), without holding a slot, so that
     * other requests may use it meanwhile; then takes a slot again, or throws 503 as admission does.
     */
    public void awayFor(Context ctx, Runnable pause) {
        boolean held = ctx.attribute(HELD) != null;
        Object client = ctx.attribute(CLIENT);
        release(ctx);
        pause.run();
        if (!held) return;
        takeSlot(ctx);
        if (client != null) admitClient(ctx, client);
    }

    /** The answer is written: a drain no longer waits for this request. */
    public void finish(Context ctx) {
        if (ctx.attribute(OPEN) != null) {
            ctx.attribute(OPEN, null);
            unfinished.decrementAndGet();
        }
    }

    /** Requests holding a slot now. */
    public int inFlight() { return inFlight.get(); }

    /** Refuses new requests, then waits up to {@code timeout} for the answers to those admitted to be written. */
    public void drain(Duration timeout) {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (unfinished.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
