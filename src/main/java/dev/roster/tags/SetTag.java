package dev.roster.tags;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A tag to put on an object, as requests give it: {@code {id, value?}}. */
public record SetTag(long tagId, String value) {
    static final int MAX_TAGS = 100;

    /** Reads a {@code tags} array of set-tag-with-value objects; the same tag twice is refused. */
    public static Optional<List<SetTag>> read(RequestBody body, String field, long orgId) {
        return body.objects(field).map(items -> {
            if (items.size() > MAX_TAGS) {
                throw ApiError.valueNotPermitted(field, "at most " + MAX_TAGS + " tags").toException();
            }
            List<SetTag> tags = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (RequestBody item : items) {
                String value = item.text("value", 256).orElse(null);
                long id = IdParser.parse(item.path("id"), item.requiredString("id"), IdKind.TAG, orgId);
                if (!seen.add(id)) {
                    throw ApiError.valueNotPermitted(field, "tag TAG-" + id + " is given more than once").toException();
                }
                tags.add(new SetTag(id, value));
            }
            return tags;
        });
    }

    /** Reads a {@code tags} list filter: tag IDs, matching objects that carry any of them. */
    public static Optional<List<Long>> readFilter(RequestBody body, String field, long orgId) {
        return body.strings(field).map(ids -> ids.stream()
            .map(id -> IdParser.parse(field, id, IdKind.TAG, orgId)).toList());
    }
}
