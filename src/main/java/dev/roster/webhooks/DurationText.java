package dev.roster.webhooks;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A duration as options write it: a whole number with a unit, {@code 250ms}, {@code 30s}, {@code 3m}, {@code 2h}, {@code 7d}; {@code 0} alone. */
public final class DurationText {
    private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    private DurationText() {}

    /** Throws {@link IllegalArgumentException} saying what is wrong with {@code text}. */
    public static Duration parse(String option, String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("0")) return Duration.ZERO;
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException(option + ": '" + text + "' is not a duration; write a whole number and a unit, "
                + "as 250ms, 30s, 3m, 2h or 7d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
