package dev.roster.tags;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules for a tag's own fields, shared by create and update. */
final class TagFields {
    static final int MAX_TEXT = 256;
    static final int MAX_ALLOWED_VALUES = 100;

    private TagFields() {}

    static List<String> allowedValues(String field, List<String> values) {
        if (values.size() > MAX_ALLOWED_VALUES) {
            throw ApiError.valueNotPermitted(field, "at most " + MAX_ALLOWED_VALUES + " values").toException();
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (value.isBlank() || value.length() > MAX_TEXT) {
                throw ApiError.valueNotPermitted(field, "each value must be 1 to " + MAX_TEXT + " characters").toException();
            }
            if (!seen.add(value)) throw ApiError.valueNotPermitted(field, "'" + value + "' is listed twice").toException();
        }
        return List.copyOf(values);
    }

    static Optional<String> color(RequestBody body) {
        return body.object("style_new").flatMap(style -> style.text("color", 64));
    }
}
