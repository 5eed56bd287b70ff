package dev.roster.http;

import dev.roster.errors.ApiError;
import io.javalin.config.JavalinConfig;
import io.javalin.config.Key;
import io.javalin.http.Context;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the memory of large answers not yet written out, across every client. An answer is
 * streamed, but while its client does not read, the writer stays blocked holding the whole answer
 * object, so many clients that ask and never read could otherwise fill the heap. A large answer is
 * charged its full size before its first byte leaves, and holds the charge until its last byte is
 * written to the socket (or the connection is gone); past the bound it answers 503 instead. Small
 * answers are never charged, so the bound never refuses an error body.
 */
public final class ResponseBudget {
    /** Answers of at least this many bytes are large. */
    static final int LARGE_FROM_BYTES = 64 * 1024;
    public static final long MAX_PENDING_BYTES = 32L << 20;
    private static final Key<ResponseBudget> KEY = new Key<>("roster.responseBudget");
    private static final String CHARGED = "roster.responseBytes";

    private final long maxPendingBytes;
    private final AtomicLong pending = new AtomicLong();

    public ResponseBudget(long maxPendingBytes) {
        this.maxPendingBytes = maxPendingBytes;
    }

    /** Makes this the budget of every request the app serves. */
    public void install(JavalinConfig config) {
        config.appData(KEY, this);
    }

    static ResponseBudget of(Context ctx) {
        return ctx.appData(KEY);
    }

    /** Charges a large answer of {@code bytes} to its request, or throws 503 when that would pass the bound. */
    void charge(Context ctx, long bytes) {
        if (!tryCharge(bytes)) {
            throw new ApiError.ServiceUnavailable("the server holds too many large answers for clients that have not read "
                + "them yet; retry shortly, or ask for smaller pages").toException();
        }
        Long before = ctx.attribute(CHARGED);
        ctx.attribute(CHARGED, before == null ? bytes : before + bytes);
    }

    /** Gives back what the request's answer was charged, once it is written out or abandoned. */
    public void finish(Context ctx) {
        Long charged = ctx.attribute(CHARGED);
        if (charged != null) {
            ctx.attribute(CHARGED, null);
            release(charged);
        }
    }

    boolean tryCharge(long bytes) {
        if (pending.addAndGet(bytes) <= maxPendingBytes) return true;
        pending.addAndGet(-bytes);
        return false;
    }

    void release(long bytes) {
        pending.addAndGet(-bytes);
    }

    /** Bytes of large answers charged and not yet written out. */
    public long pending() {
        return pending.get();
    }
}
