package dev.roster.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, status, duration, request id and dev org. Never bodies,
 * query strings or tokens. An incoming {@code X-Request-Id} is kept when it is sane, else one is
 * made; either way it is echoed.
 */
public final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("roster.request");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "roster.requestId";
    private static final String ORG_ATTRIBUTE = "roster.org";

    private RequestLog() {}

    public static void start(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && SANE_ID.matcher(given).matches() ? given : newId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    // Request ids need to be unique, not unguessable: skip SecureRandom, which serialises callers.
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** Names the dev org the request acts for, once authentication knows it. */
    public static void org(Context ctx, long orgId) {
        ctx.attribute(ORG_ATTRIBUTE, orgId);
    }

    /** The dev org the request acts for, once authentication knows it. */
    public static Optional<Long> org(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ORG_ATTRIBUTE));
    }

    public static String id(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }

    // Only matched routes name an operation, so that random paths cannot grow the metrics without bound.
    private static String operation(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path != null && path.startsWith("/") && !path.contains("*") ? path : "unmatched";
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    public static void finish(Context ctx, float millis, Metrics metrics) {
        int status = ctx.statusCode();
        Long org = ctx.attribute(ORG_ATTRIBUTE);
        LOG.info("method={} path={} status={} ms={} request_id={} org={}", ctx.method(), ctx.path(), status,
            Math.round(millis * 10) / 10.0, id(ctx), org == null ? "-" : org.toString());
        metrics.request(operation(ctx), ctx.method().name(), status, Duration.ofNanos((long) (millis * 1_000_000)));
    }
}
