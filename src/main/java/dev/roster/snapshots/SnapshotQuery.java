package dev.roster.snapshots;

import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;
import java.util.Map;

/** {@code snapshots.list}: the dev org's snapshots, oldest first, paged. */
final class SnapshotQuery {
    private static final SortKey TIEBREAK = new SortKey("id", false, true);
    private static final Map<String, SortKey> SORTABLE = Map.of("created_date", new SortKey("created_date", false, true));

    private SnapshotQuery() {}

    static PageRequest parse(RequestBody body) {
        return ListParams.parse(body, SORTABLE, List.of("created_date:asc"), TIEBREAK, "snapshots");
    }
}
