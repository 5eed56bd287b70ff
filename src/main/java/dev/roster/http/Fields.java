package dev.roster.http;

import dev.roster.errors.ApiError;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Value rules several features share: lists of distinct texts, and email syntax. Each names the field. */
public final class Fields {
    private static final Pattern EMAIL = Pattern.compile(
        "[^@\\s\"(),:;<>\\[\\]\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private Fields() {}

    /** At most {@code maxItems} values, none twice. */
    public static List<String> distinct(String field, List<String> values, int maxItems) {
        if (values.size() > maxItems) throw ApiError.valueNotPermitted(field, "at most " + maxItems + " values").toException();
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) throw ApiError.valueNotPermitted(field, "'" + abbreviate(value) + "' is listed twice").toException();
        }
        return List.copyOf(values);
    }

    /** Distinct texts of 1 to {@code maxLength} characters each. */
    public static List<String> texts(String field, List<String> values, int maxLength, int maxItems) {
        for (String value : values) {
            if (value.isBlank() || value.length() > maxLength) {
                throw ApiError.valueNotPermitted(field, "each value must be 1 to " + maxLength + " characters").toException();
            }
        }
        return distinct(field, values, maxItems);
    }

    /** A pragmatic email syntax check: local part, @, and a dotted domain. */
    public static String email(String field, String email) {
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw ApiError.valueNotPermitted(field, "'" + abbreviate(email) + "' is not a valid email address").toException();
        }
        return email;
    }

    public static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
