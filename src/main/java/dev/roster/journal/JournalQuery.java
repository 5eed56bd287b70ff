package dev.roster.journal;

import dev.roster.errors.ApiError;
import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.http.Timestamps;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;

/** {@code requests.list}'s filters (each optional) and paging; entries come newest first, always. */
record JournalQuery(String operation, String method, Integer status, Long since, PageRequest page) {
    private static final List<SortKey> NEWEST_FIRST = List.of(new SortKey("seq", true, true));
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST");

    static JournalQuery parse(RequestBody request) {
        String operation = request.text("operation", 256).orElse(null);
        String method = request.string("method").orElse(null);
        if (method != null && !METHODS.contains(method)) throw ApiError.invalidEnum("method", method, METHODS).toException();
        Long status = request.integer("status").orElse(null);
        if (status != null && (status < 100 || status > 599)) {
            throw ApiError.valueNotPermitted("status", "must be an HTTP status, 100 to 599, got " + status).toException();
        }
        Long since = request.string("since").map(text -> Timestamps.parse("since", text).toEpochMilli()).orElse(null);
        String filter = "requests|" + operation + "|" + method + "|" + status + "|" + since;
        return new JournalQuery(operation, method, status == null ? null : status.intValue(), since,
            ListParams.parse(request, NEWEST_FIRST, filter));
    }

    boolean accepts(JournalEntry entry) {
        return (operation == null || operation.equals(entry.operation()))
            && (method == null || method.equals(entry.method()))
            && (status == null || status.equals(entry.status()))
            && (since == null || entry.time() >= since);
    }
}
