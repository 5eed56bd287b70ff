package dev.roster.http;

import dev.roster.errors.ApiError;
import dev.roster.ids.Sha256;
import dev.roster.store.Cursor;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the paging fields every list shares: {@code sort_by}, {@code limit}, {@code mode}, {@code cursor}. */
public final class ListParams {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    private ListParams() {}

    /**
     * @param sortable the fields a client may sort by, as ascending keys
     * @param defaultSort the order when {@code sort_by} is absent
     * @param tiebreak the unique key that ends every order (the row id)
     * @param filter a stable description of the filters, bound into cursors
     */
    public static PageRequest parse(RequestBody body, Map<String, SortKey> sortable, List<String> defaultSort,
                                    SortKey tiebreak, String filter) {
        return parse(body, order(body, sortable, defaultSort, tiebreak), filter);
    }

    /** A list in one order that clients cannot change (it takes no {@code sort_by}): {@code keys}. */
    public static PageRequest parse(RequestBody body, List<SortKey> keys, String filter) {
        int limit = limit(body);
        Optional<Boolean> forward = body.string("mode").map(mode -> switch (mode) {
            case "after" -> true;
            case "before" -> false;
            default -> throw ApiError.invalidEnum("mode", mode, List.of("after", "before")).toException();
        });
        String fingerprint = fingerprintOf(filter + "|" + keys.stream().map(SortKey::wire).toList());
        Optional<Cursor> cursor = body.string("cursor").filter(c -> !c.isEmpty()).map(c -> Cursor.decode(c, keys));
        return new PageRequest(keys, limit, forward, cursor, fingerprint);
    }

    /** The order alone, for exports: {@code sort_by} or the default, ending with the tiebreak. */
    public static List<SortKey> order(RequestBody body, Map<String, SortKey> sortable, List<String> defaultSort,
                                      SortKey tiebreak) {
        List<SortKey> keys = sortKeys(body.strings("sort_by").filter(s -> !s.isEmpty()).orElse(defaultSort), sortable);
        keys.add(keys.getFirst().descending() ? tiebreak.reversed() : tiebreak);
        return keys;
    }

    private static List<SortKey> sortKeys(List<String> specs, Map<String, SortKey> sortable) {
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String spec : specs) {
            int colon = spec.lastIndexOf(':');
            String field = colon < 0 ? spec.trim() : spec.substring(0, colon).trim();
            String direction = colon < 0 ? "asc" : spec.substring(colon + 1).trim();
            SortKey key = sortable.get(field);
            if (key == null) {
                throw ApiError.invalidField("sort_by", "cannot sort by '" + field + "'; sortable fields are "
                    + String.join(", ", sortable.keySet().stream().sorted().toList())).toException();
            }
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw ApiError.invalidEnum("sort_by", spec, List.of(field + ":asc", field + ":desc")).toException();
            }
            if (!seen.add(field)) {
                throw ApiError.valueNotPermitted("sort_by", "'" + field + "' is given more than once").toException();
            }
            keys.add(direction.equals("desc") ? key.reversed() : key);
        }
        return keys;
    }

    private static int limit(RequestBody body) {
        long limit = body.integer("limit").orElse((long) DEFAULT_LIMIT);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiError.valueNotPermitted("limit", "must be between 1 and " + MAX_LIMIT + ", got " + limit).toException();
        }
        return (int) limit;
    }

    /** A short, stable digest of a query's filter and order, bound into its cursors. */
    public static String fingerprintOf(String text) {
        return Sha256.hex(text, 8);
    }
}
