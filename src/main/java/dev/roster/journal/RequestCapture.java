package dev.roster.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.http.AnswerWriter;
import dev.roster.http.Json;
import dev.roster.http.RequestReader;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

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
        if (ctx.method() == HandlerType.HEAD) return null;
        Optional<AnswerWriter.Written> written = AnswerWriter.written(ctx);
        return written.isPresent() ? streamed(written.get()) : result(ctx);
    }

    /**
     * An operation's answer, streamed to the client: a large one's head only, which is kept unless it
     * names a secret-looking field (without the whole answer, it cannot be redacted).
     */
    private static JournalEntry.Body streamed(AnswerWriter.Written written) {
        byte[] head = written.head();
        if (!Secrets.mayHoldSecret(head, head.length)) return written.isWhole() ? cut(head) : new JournalEntry.Body(cutHead(head), true);
        if (!written.isWhole()) return null;
        try {
            return cut(render(Secrets.redact(Json.MAPPER.readTree(head))));
        } catch (IOException e) {
            return null;
        }
    }

    /** An answer Javalin holds as its result: an error, or Roster's own answers outside the operations. */
    private static JournalEntry.Body result(Context ctx) {
        InputStream result = ctx.resultInputStream();
        if (result == null || !result.markSupported()) return null;
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
        return new JournalEntry.Body(cutHead(utf8), true);
    }

    /** The first {@link JournalService#MAX_BODY_BYTES} at most, without a character cut in two. */
    private static byte[] cutHead(byte[] utf8) {
        int end = Math.min(utf8.length, JournalService.MAX_BODY_BYTES);
        int start = end;
        while (start > 0 && (utf8[start - 1] & 0xC0) == 0x80) start--;
        // utf8[start - 1] begins the last character before end; drop it unless all of it is there.
        if (start > 0 && start - 1 + length(utf8[start - 1]) > end) end = start - 1;
        return Arrays.copyOf(utf8, end);
    }

    private static int length(byte lead) {
        if ((lead & 0x80) == 0) return 1;
        if ((lead & 0xE0) == 0xC0) return 2;
        if ((lead & 0xF0) == 0xE0) return 3;
        return 4;
    }
}
