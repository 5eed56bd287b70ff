package dev.roster.store;

import dev.roster.errors.ApiError;
import java.util.List;
import java.util.Optional;

/**
 * What a list call asks for: the order, the page size, the direction, and where to start. The
 * fingerprint identifies the filter and sort, and must match a given cursor's.
 */
public record PageRequest(List<SortKey> keys, int limit, Optional<Boolean> forwardMode, Optional<Cursor> cursor,
                          String fingerprint) {

    public PageRequest {
        if (cursor.isPresent() && !cursor.get().fingerprint().equals(fingerprint)) {
            throw ApiError.valueNotPermitted("cursor", "this cursor was issued for a different filter or sort; "
                + "repeat the original query or start again without a cursor").toException();
        }
    }

    /** An explicit mode wins; otherwise the cursor's own direction; otherwise forward. */
    public boolean forward() {
        return forwardMode.orElseGet(() -> cursor.map(Cursor::forward).orElse(true));
    }
}
