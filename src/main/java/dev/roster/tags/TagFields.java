package dev.roster.tags;

import dev.roster.http.Fields;
import dev.roster.http.RequestBody;
import java.util.List;
import java.util.Optional;

/** The rules for a tag's own fields, shared by create and update. */
final class TagFields {
    static final int MAX_TEXT = 256;
    static final int MAX_ALLOWED_VALUES = 100;

    private TagFields() {}

    static List<String> allowedValues(String field, List<String> values) {
        return Fields.texts(field, values, MAX_TEXT, MAX_ALLOWED_VALUES);
    }

    static Optional<String> color(RequestBody body) {
        return body.object("style_new").flatMap(style -> style.text("color", 64));
    }
}
