package dev.roster.tags;

import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code tags.list}: by name (case-insensitive), sorted and paged. */
record TagQuery(Optional<List<String>> names, PageRequest page) {
    static final SortKey TIEBREAK = new SortKey("id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of(
        "name", new SortKey("name", false, false),
        "created_date", new SortKey("created_date", false, true),
        "modified_date", new SortKey("modified_date", false, true));

    static TagQuery parse(RequestBody body) {
        Optional<List<String>> names = body.strings("name")
            .map(list -> list.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        PageRequest page = ListParams.parse(body, SORTABLE, List.of("name:asc"), TIEBREAK, String.valueOf(names));
        return new TagQuery(names, page);
    }
}
