package dev.roster.devusers;

import dev.roster.errors.ApiError;
import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses: a pragmatic syntax check and the case-insensitive key uniqueness is enforced on. */
final class Emails {
    private static final Pattern ADDRESS = Pattern.compile(
        "[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private Emails() {}

    static String check(String field, String email) {
        if (email.length() > 254 || !ADDRESS.matcher(email).matches()) {
            throw ApiError.valueNotPermitted(field, "'" + (email.length() > 64 ? email.substring(0, 64) + "..." : email)
                + "' is not a valid email address").toException();
        }
        return email;
    }

    static String key(String email) { return email.toLowerCase(Locale.ROOT); }

    static String localPart(String email) { return email.substring(0, email.indexOf('@')); }
}
