package dev.roster.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.roster.errors.ApiError;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Answers the requests Jetty refuses before Roster sees them (a malformed request line, a bad
 * Content-Length or chunk, a URI or headers over the limit) in the contract's error shape with the
 * security headers, instead of Jetty's HTML page.
 */
public final class BadMessageHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String message = switch (status) {
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            default -> "the request is not well-formed HTTP";
        };
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        try {
            return ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(ErrorBody.of(ApiError.badRequest(message))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
