package dev.roster.revusers;

import dev.roster.errors.ApiError;
import dev.roster.http.Fields;
import dev.roster.http.RequestBody;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for a rev user's own fields, shared by create and update. */
final class RevUserFields {
    static final int MAX_TEXT = 256;
    static final int MAX_ITEMS = 100;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private RevUserFields() {}

    static Optional<String> email(RequestBody body) {
        return body.string("email").map(email -> Fields.email(body.path("email"), email));
    }

    static String emailKey(String email) { return email == null ? null : email.toLowerCase(Locale.ROOT); }

    /** Phone numbers in E.164, as {@code +14155550123}; the message names the first bad one. */
    static Optional<List<String>> phoneNumbers(RequestBody body) {
        return body.strings("phone_numbers").map(numbers -> {
            for (String number : numbers) {
                if (!E164.matcher(number).matches()) {
                    throw ApiError.valueNotPermitted(body.path("phone_numbers"), "'" + Fields.abbreviate(number)
                        + "' is not an E.164 phone number such as +14155550123").toException();
                }
            }
            return Fields.distinct(body.path("phone_numbers"), numbers, MAX_ITEMS);
        });
    }

    static Optional<List<String>> externalRefs(RequestBody body) {
        return body.strings("external_refs").map(refs -> Fields.texts("external_refs", refs, MAX_TEXT, MAX_ITEMS));
    }


}
