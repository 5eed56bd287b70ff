package dev.roster.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.http.Json;
import dev.roster.http.RequestReader;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Takes a request's bodies from its context once it is answered, secrets redacted and cut to size:
 * the request as its operation read it, and the answer as Roster rendered it.
 */
final class RequestCapture {
    private RequestCapture() {}

    static JournalEntry.Body request(Context ctx) {
        return RequestReader.recorded(ctx).map(tree -> cut(render(Secrets.redact(tree)))).orElse(null);
    }

    /** The answer's body as sent; none for HEAD, a 204, or an answer the server did not render. */
    static JournalEntry.Body response(Context ctx) {
        InputStream result = ctx.resultInputStream();
        if (result == null || ctx.method() == HandlerType.HEAD || !result.markSupported()) return null;
        try {
            result.reset();
            byte[] head = result.readNBytes(JournalService.MAX_BODY_BYTES + 1);
            if (head.length == 0) return null;
            if (!Secrets.mayHoldSecret(head, head.length)) return cut(head);
            result.reset();
            return cut(render(Secrets.redact(Json.MAPPER.readTree(result.readAllBytes()))));
        } catch (IOException e) {
            // Not JSON after all (it names a secret field, so it is not kept raw either).
            return null;
        } finally {
            try {
                result.reset();
            } catch (IOException e) {
                // A stream that cannot reset was not read either.
            }
        }
    }

    private static byte[] render(JsonNode tree) {
        try {
            return Json.MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At most {@link JournalService#MAX_BODY_BYTES}, cut where a UTF-8 character starts. */
    private static JournalEntry.Body cut(byte[] utf8) {
        if (utf8.length <= JournalService.MAX_BODY_BYTES) return new JournalEntry.Body(utf8, false);
        int end = JournalService.MAX_BODY_BYTES;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) end--;
        return new JournalEntry.Body(Arrays.copyOf(utf8, end), true);
    }
}
