package dev.roster.tags;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.List;
import java.util.Optional;

/** {@code tags.update}: absent fields stay; {@code allowed_values.set} replaces the list. */
record UpdateTag(long id, Optional<String> name, Optional<String> description, Optional<List<String>> allowedValues,
                 Optional<String> color) {
    static UpdateTag parse(RequestBody body, long orgId) {
        return new UpdateTag(
            IdParser.parse("id", body.requiredString("id"), IdKind.TAG, orgId),
            body.text("name", TagFields.MAX_TEXT),
            body.text("description", 4096),
            body.object("allowed_values").map(set -> TagFields.allowedValues("allowed_values.set",
                set.strings("set").orElseThrow(() -> dev.roster.errors.ApiError.missing("allowed_values.set").toException()))),
            TagFields.color(body));
    }
}
