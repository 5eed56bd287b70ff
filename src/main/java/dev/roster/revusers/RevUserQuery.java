package dev.roster.revusers;

import dev.roster.errors.ApiError;
import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.store.Cursor;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rev-users.list} (sorted pages) and {@code rev-users.scan} (every match once, in id order,
 * a fixed page at a time; rows inserted during a scan have higher ids and are reached at its end).
 */
record RevUserQuery(RevUserFilter filter, PageRequest page) {
    static final int SCAN_PAGE = 100;
    static final SortKey TIEBREAK = new SortKey("id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of(
        "created_date", new SortKey("created_date", false, true),
        "modified_date", new SortKey("modified_date", false, true),
        "display_name", new SortKey("display_name", false, false),
        "external_ref", new SortKey("external_ref", false, false));

    static RevUserQuery list(RequestBody body, long orgId) {
        RevUserFilter filter = RevUserFilter.parse(body, orgId);
        return new RevUserQuery(filter, ListParams.parse(body, SORTABLE, List.of("created_date:asc"), TIEBREAK,
            filter.toString()));
    }

    static RevUserQuery scan(RequestBody body, long orgId) {
        for (String paging : List.of("limit", "mode", "sort_by")) {
            if (body.has(paging)) {
                throw ApiError.invalidField(paging, "rev-users.scan takes no " + paging
                    + "; it walks every match in a fixed order, " + SCAN_PAGE + " at a time").toException();
            }
        }
        RevUserFilter filter = RevUserFilter.parse(body, orgId);
        String fingerprint = "scan|" + filter;
        List<SortKey> keys = List.of(TIEBREAK);
        Optional<Cursor> cursor = body.string("cursor").filter(c -> !c.isEmpty()).map(c -> Cursor.decode(c, keys));
        return new RevUserQuery(filter, new PageRequest(keys, SCAN_PAGE, Optional.of(true), cursor,
            ListParams.fingerprintOf(fingerprint)));
    }
}
