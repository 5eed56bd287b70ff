package dev.roster.devusers;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.List;

/** {@code dev-users.create}: a new shadow dev user. */
record CreateDevUser(String email, String fullName, Long reportsTo, String customFieldsJson) {
    static final int MAX_NAME = 256;

    static CreateDevUser parse(RequestBody body, long orgId) {
        String email = Emails.check("email", body.requiredText("email", 254));
        String state = body.requiredString("state");
        if (!state.equals("shadow")) {
            throw ApiError.invalidEnum("state", state, List.of("shadow")).toException();
        }
        return new CreateDevUser(
            email,
            body.text("full_name", MAX_NAME).orElse(null),
            body.string("reports_to").map(id -> IdParser.parse("reports_to", id, IdKind.DEV_USER, orgId)).orElse(null),
            body.rawObject("custom_fields").map(Object::toString).orElse(null));
    }
}
