package dev.roster.http;

import dev.roster.errors.ApiError;
import io.javalin.http.Context;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the memory of answers rendered but not yet written out, across every client: a page of
 * large objects is held whole until a client reads it, so many clients that ask and never read
 * could otherwise fill the heap. Past the bound a request answers 503 at once. Small answers (most
 * of them) are not counted, so the bound never refuses an error body.
 */
public final class ResponseBudget implements JsonMapper {
    static final int COUNTED_FROM_CHARS = 64 * 1024;
    public static final long MAX_PENDING_CHARS = 32L << 20;
    private static final String ATTRIBUTE = "roster.responseChars";
    private static final ThreadLocal<Charge> CURRENT = new ThreadLocal<>();

    private final JsonMapper rendering;
    private final long maxPendingChars;
    private final AtomicLong pending = new AtomicLong();

    public ResponseBudget(JsonMapper rendering, long maxPendingChars) {
        this.rendering = rendering;
        this.maxPendingChars = maxPendingChars;
    }

    /** What one request's answers were charged. */
    static final class Charge {
        private long chars;
    }

    /** Starts counting what this request's handler renders (the handler runs on this thread). */
    public void start(Context ctx) {
        ctx.attribute(ATTRIBUTE, begin());
    }

    /** Gives back what this request's answer was charged, once it is written or abandoned. */
    public void finish(Context ctx) {
        Charge charge = ctx.attribute(ATTRIBUTE);
        if (charge != null) end(charge);
    }

    Charge begin() {
        Charge charge = new Charge();
        CURRENT.set(charge);
        return charge;
    }

    void end(Charge charge) {
        pending.addAndGet(-charge.chars);
        charge.chars = 0;
        CURRENT.remove();
    }

    @Override
    public String toJsonString(Object object, Type type) {
        String json = rendering.toJsonString(object, type);
        Charge charge = CURRENT.get();
        if (charge == null || json.length() < COUNTED_FROM_CHARS) return json;
        if (pending.addAndGet(json.length()) > maxPendingChars) {
            pending.addAndGet(-json.length());
            throw new ApiError.ServiceUnavailable("the server holds too many large answers for clients that have not read "
                + "them yet; retry shortly, or ask for smaller pages").toException();
        }
        charge.chars += json.length();
        return json;
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        return rendering.fromJsonString(json, type);
    }
}
