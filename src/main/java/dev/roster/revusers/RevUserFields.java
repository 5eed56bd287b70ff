package dev.roster.revusers;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for a rev user's own fields, shared by create and update. */
final class RevUserFields {
    static final int MAX_TEXT = 256;
    static final int MAX_ITEMS = 100;
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final Pattern EMAIL = Pattern.compile(
        "[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private RevUserFields() {}

    static Optional<String> email(RequestBody body) {
        return body.string("email").map(email -> {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                throw ApiError.valueNotPermitted("email", "'" + abbreviate(email) + "' is not a valid email address").toException();
            }
            return email;
        });
    }

    static String emailKey(String email) { return email == null ? null : email.toLowerCase(Locale.ROOT); }

    /** Phone numbers in E.164, as {@code +14155550123}; the message names the first bad one. */
    static Optional<List<String>> phoneNumbers(RequestBody body) {
        return body.strings("phone_numbers").map(numbers -> {
            for (String number : numbers) {
                if (!E164.matcher(number).matches()) {
                    throw ApiError.valueNotPermitted("phone_numbers", "'" + abbreviate(number)
                        + "' is not an E.164 phone number such as +14155550123").toException();
                }
            }
            return distinct("phone_numbers", numbers);
        });
    }

    static Optional<List<String>> externalRefs(RequestBody body) {
        return body.strings("external_refs").map(refs -> {
            for (String ref : refs) {
                if (ref.isBlank() || ref.length() > MAX_TEXT) {
                    throw ApiError.valueNotPermitted("external_refs", "each ref must be 1 to " + MAX_TEXT + " characters")
                        .toException();
                }
            }
            return distinct("external_refs", refs);
        });
    }

    private static List<String> distinct(String field, List<String> values) {
        if (values.size() > MAX_ITEMS) throw ApiError.valueNotPermitted(field, "at most " + MAX_ITEMS + " values").toException();
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) throw ApiError.valueNotPermitted(field, "'" + abbreviate(value) + "' is listed twice").toException();
        }
        return List.copyOf(values);
    }

    static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
