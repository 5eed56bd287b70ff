package dev.roster.journal;

import dev.roster.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A journal entry on the wire; bodies are JSON text, since a cut one is no longer JSON. */
public record JournalEntryJson(String time, String method, String path, String operation, Integer status, double durationMs,
                        String requestId, String requestBody, Boolean requestBodyTruncated, String responseBody,
                        Boolean responseBodyTruncated, String fault) {

    public record ListPage(List<JournalEntryJson> requests, String nextCursor, String prevCursor) {}

    static JournalEntryJson from(JournalEntry e) {
        return new JournalEntryJson(Json.timestamp(e.time()), e.method(), e.path(), e.operation(), e.status(),
            e.durationMs(), e.requestId(), text(e.request()), cut(e.request()), text(e.response()), cut(e.response()),
            e.faultId());
    }

    private static String text(JournalEntry.Body body) {
        return body == null ? null : new String(body.utf8(), StandardCharsets.UTF_8);
    }

    private static Boolean cut(JournalEntry.Body body) {
        return body != null && body.cut() ? Boolean.TRUE : null;
    }
}
