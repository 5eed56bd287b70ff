package dev.roster.devusers;

import dev.roster.http.Fields;
import java.util.Locale;

/** Dev users' email addresses: the syntax check, and the case-insensitive key uniqueness is enforced on. */
final class Emails {
    private Emails() {}

    static String check(String field, String email) {
        return Fields.email(field, email);
    }

    static String key(String email) { return email.toLowerCase(Locale.ROOT); }

    static String localPart(String email) { return email.substring(0, email.indexOf('@')); }
}
