package dev.roster.tags;

import dev.roster.http.RequestBody;
import java.util.List;

/** {@code tags.create}. */
record CreateTag(String name, String description, List<String> allowedValues, String color) {
    static CreateTag parse(RequestBody body) {
        return new CreateTag(
            body.requiredText("name", TagFields.MAX_TEXT),
            body.text("description", 4096).orElse(null),
            body.strings("allowed_values").map(v -> TagFields.allowedValues("allowed_values", v)).orElse(null),
            TagFields.color(body).orElse(null));
    }
}
