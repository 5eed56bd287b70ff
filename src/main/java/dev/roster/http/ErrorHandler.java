package dev.roster.http;

import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import dev.roster.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place that turns failures into responses. API errors answer as they are; an unreachable
 * database answers 503; anything else is logged with a reference id and answers a bare 500.
 */
public final class ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    private ErrorHandler() {}

    public static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.error()));
        app.exception(StoreException.class, (e, ctx) -> {
            if (e.isUnavailable()) {
                LOG.warn("database unavailable: {}", e.getMessage());
                answer(ctx, new ApiError.ServiceUnavailable("the database is unavailable; retry shortly"));
            } else if (e.isTimeout()) {
                LOG.warn("{} {}: statement timed out: {}", ctx.method(), ctx.path(), e.getMessage());
                answer(ctx, new ApiError.ServiceUnavailable("the request took longer than the server allows; narrow it or retry"));
            } else if (e.isForeignKeyViolation()) {
                // Services lock what they refer to; this remains for races no lock covers, such as a delete
                // committing between a check and a write. Logged, since a bug would look the same.
                LOG.warn("{} {}: referenced row vanished: {}", ctx.method(), ctx.path(), e.getMessage());
                answer(ctx, ApiError.notFound("an object this request refers to was deleted meanwhile; check it and retry"));
            } else if (e.isRetryable()) {
                LOG.warn("{} {}: concurrent conflict: {}", ctx.method(), ctx.path(), e.getMessage());
                answer(ctx, new ApiError.ServiceUnavailable("a concurrent change conflicted with this one; retry it"));
            } else {
                internal(ctx, e);
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, fromJavalin(e, ctx)));
        app.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        app.error(404, ctx -> {
            if (ctx.result() == null) answer(ctx, noRoute(ctx));
        });
    }

    public static void answer(Context ctx, ApiError error) {
        ctx.status(ErrorBody.status(error)).json(ErrorBody.of(error));
        if (error instanceof ApiError.TooManyRequests tooMany) {
            ctx.header("Retry-After", Long.toString(tooMany.retryAfterSeconds()));
        }
    }

    private static void internal(Context ctx, Exception e) {
        String referenceId = UUID.randomUUID().toString();
        LOG.error("internal error reference_id={} {} {}", referenceId, ctx.method(), ctx.path(), e);
        answer(ctx, new ApiError.Internal(referenceId, "internal error; quote reference_id " + referenceId + " when reporting it"));
    }

    private static ApiError fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404, 405 -> noRoute(ctx);
            case 413 -> ApiError.badRequest("the request body is larger than 1 MiB");
            case 401 -> new ApiError.Unauthenticated(e.getMessage());
            case 403 -> ApiError.forbidden(e.getMessage());
            case 503 -> new ApiError.ServiceUnavailable("the server is unavailable; retry shortly");
            default -> ApiError.badRequest("the request could not be processed");
        };
    }

    private static ApiError noRoute(Context ctx) {
        return ApiError.notFound("no operation " + ctx.method() + " " + ctx.path());
    }
}
