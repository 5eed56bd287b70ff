package dev.roster.http;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes an operation's answer as JSON straight to the response, never holding it rendered whole. A
 * small answer is rendered once into a buffer of at most {@link ResponseBudget#LARGE_FROM_BYTES}; a
 * large one is rendered twice, once only to count its bytes for the {@link ResponseBudget} (503
 * past it, before anything is sent), then to the response as the client reads it. Nothing here
 * completes the response: the request logger does, once it has freed the request's slot, so no
 * client can hold its whole answer before that.
 */
public final class AnswerWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerWriter.class);
    // Flushing would send the answer before the request logger runs, and without a content length.
    private static final ObjectWriter WRITER = Json.MAPPER.writer()
        .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);

    private static final String WRITTEN = "roster.answer";

    private AnswerWriter() {}

    /**
     * What was written of a request's answer, for the request journal: the whole of a small answer,
     * the first {@link ResponseBudget#LARGE_FROM_BYTES} bytes of a large one.
     */
    public record Written(byte[] head, boolean isWhole) {}

    /** The answer this writer wrote for the request; empty when it wrote none (an error, a 204). */
    public static Optional<Written> written(Context ctx) {
        return Optional.ofNullable(ctx.attribute(WRITTEN));
    }

    public static void write(Context ctx, Object answer) {
        MeasuredAnswer measured = new MeasuredAnswer(ResponseBudget.LARGE_FROM_BYTES);
        try {
            WRITER.writeValue(measured, answer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + answer.getClass().getSimpleName(), e);
        }
        if (measured.isLarge()) ResponseBudget.of(ctx).charge(ctx, measured.size());
        ctx.attribute(WRITTEN, new Written(measured.kept(), !measured.isLarge()));
        ctx.contentType(ContentType.APPLICATION_JSON);
        OutputStream out = ctx.outputStream();
        try {
            if (measured.isLarge()) {
                WRITER.writeValue(out, answer);
            } else {
                measured.writeTo(out);
            }
        } catch (IOException e) {
            LOG.debug("{} {}: answer not written out: {}", ctx.method(), ctx.path(), e.toString());
            abort(ctx, e);
        } catch (RuntimeException e) {
            LOG.error("{} {}: answer not written out", ctx.method(), ctx.path(), e);
            abort(ctx, e);
        }
    }

    /**
     * Part of the answer may be on its way: the connection is cut, so the client sees a broken answer
     * rather than a short one, and nothing more is written (an error body would land mid-answer).
     */
    private static void abort(Context ctx, Exception cause) {
        Request request = Request.getBaseRequest(ctx.req());
        if (request != null) request.getHttpChannel().abort(cause);
    }
}
