package dev.roster.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a request into a {@link RequestBody}: the query string for GET, the JSON body otherwise.
 * Bodies over {@link #MAX_BODY_BYTES} are refused before they are read whole.
 */
public final class RequestReader {
    public static final int MAX_BODY_BYTES = 1 << 20;
    private static final String BODY = "roster.body";
    private static final String READ = "roster.read";
    /** The bytes of request bodies being received at once, across every client. */
    static final long MAX_BODIES_BEING_READ = 64L << 20;
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    private static final long BODY_RATE_GRACE_NANOS = 5_000_000_000L;
    private static final AtomicLong BODIES_BEING_READ = new AtomicLong();

    private RequestReader() {}

    public static RequestBody read(Context ctx) {
        boolean query = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        ObjectNode tree = query ? QueryParams.toTree(ctx.queryParamMap()) : parse(bytes(ctx));
        ctx.attribute(READ, tree);
        return query ? RequestBody.ofQuery(tree) : RequestBody.ofJson(tree);
    }

    /**
     * The request as a JSON object, as its operation read it (a GET's query as an object), for the
     * request journal; empty when it is not a JSON object. Never reads a body that was not read before.
     */
    public static Optional<ObjectNode> recorded(Context ctx) {
        ObjectNode read = ctx.attribute(READ);
        if (read != null) return Optional.of(read);
        try {
            if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
                return Optional.of(QueryParams.toTree(ctx.queryParamMap()));
            }
            byte[] bytes = ctx.attribute(BODY);
            return bytes == null ? Optional.empty() : Optional.of(parse(bytes));
        } catch (ApiException e) {
            return Optional.empty();
        }
    }

    /** Reads the request and type-checks the fields it takes without modelling them. */
    public static RequestBody read(Context ctx, Shape unmodelled) {
        return read(ctx).check(unmodelled);
    }

    /**
     * Reads the body of a request that has one, before the request takes a slot among those in
     * flight: a client that sends its body slowly (bounded by the server's minimum data rate) holds
     * only its connection, never a slot that others need.
     */
    public static void prefetch(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) return;
        ctx.attribute(BODY, bytes(ctx));
    }

    static ObjectNode parse(byte[] bytes) {
        if (isBlank(bytes)) return JsonNodeFactory.instance.objectNode();
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw ApiError.parseError("the request body is beyond Roster's JSON limits (nesting depth, "
                + "string or name length, number size)").toException();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw ApiError.parseError("the request body is not valid JSON" + where).toException();
        } catch (IOException e) {
            throw ApiError.parseError("the request body is not valid UTF-8 JSON").toException();
        }
        if (tree instanceof ObjectNode object) return object;
        if (tree == null || tree.isNull()) return JsonNodeFactory.instance.objectNode();
        throw ApiError.parseError("the request body must be a JSON object, got "
            + RequestBody.typeOf(tree).wire()).toException();
    }

    private static byte[] bytes(Context ctx) {
        byte[] read = ctx.attribute(BODY);
        if (read != null) return read;
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) throw tooLarge();
        // Bodies are read before a request is admitted, so the bytes of all bodies being read at once
        // are bounded here: past the bound a request is refused at once, as past --max-in-flight.
        long reserved = 0;
        long started = System.nanoTime();
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > MAX_BODY_BYTES) throw tooLarge();
                if (tooSlow(total, System.nanoTime() - started)) {
                    throw ApiError.badRequest("the request body arrived slower than " + MIN_BODY_BYTES_PER_SECOND
                        + " bytes a second").toException();
                }
                reserve(n);
                reserved += n;
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiError.badRequest("the request body could not be read").toException();
        } finally {
            BODIES_BEING_READ.addAndGet(-reserved);
        }
    }

    /**
     * A body that trickles in holds a connection and a thread: past a grace period, it must have come
     * at the minimum rate. (A body that stops altogether meets the connection's idle timeout.)
     */
    private static boolean tooSlow(long bytes, long nanos) {
        return nanos > BODY_RATE_GRACE_NANOS && bytes * 1_000_000_000L / nanos < MIN_BODY_BYTES_PER_SECOND;
    }

    private static void reserve(int bytes) {
        if (BODIES_BEING_READ.addAndGet(bytes) > MAX_BODIES_BEING_READ) {
            BODIES_BEING_READ.addAndGet(-bytes);
            throw new ApiError.ServiceUnavailable("the server is receiving too many request bodies at once; retry shortly")
                .toException();
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        }
        return true;
    }

    private static RuntimeException tooLarge() {
        return ApiError.badRequest("the request body is larger than 1 MiB").toException();
    }
}
