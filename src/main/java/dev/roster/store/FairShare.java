package dev.roster.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.roster.errors.ApiError;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Each client's share of a connection pool: no one client (one token) holds more than half of a
 * pool's connections at once, so a client that sends many slow requests in parallel cannot make
 * every other tenant wait. A client past its share waits for one of its own requests to finish,
 * within the connection wait. Work done outside a request (start-up, the CLI) is not counted.
 */
public final class FairShare {
    private static final ThreadLocal<Object> CLIENT = new ThreadLocal<>();

    private final int perClient;
    private final Duration wait;
    // Idle clients' shares are dropped; a share in use is touched at every take, so it stays.
    private final Cache<Object, Semaphore> shares = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    FairShare(int poolSize, Duration wait) {
        this.perClient = Math.max(1, poolSize / 2);
        this.wait = wait;
    }

    /** The client the current request's database work counts against, until {@link #leave}. */
    public static void enter(Object client) { CLIENT.set(client); }

    public static void leave() { CLIENT.remove(); }

    /** Takes one of the current client's connections, or answers 503 once the wait is over; null outside a client. */
    Semaphore take() {
        Object client = CLIENT.get();
        if (client == null) return null;
        Semaphore share = shares.get(client, key -> new Semaphore(perClient));
        try {
            if (share.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) return share;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ApiError.ServiceUnavailable("this token is using its share of the database (" + perClient
            + " connections at once); retry when its other requests have finished").toException();
    }
}
