package dev.roster.auth;

import dev.roster.errors.ApiError;
import java.time.Duration;
import java.util.Optional;

/**
 * How long an issued token lives: {@code expires_in} days when the client names them, from 1 to
 * {@code maxDays}, else {@code defaultDays}. The server's {@code --token-lifetime} and
 * {@code --token-max-lifetime} choose them.
 */
public record TokenLifetime(long defaultDays, long maxDays) {
    public static final String DEFAULT_DAYS = "90";
    public static final String DEFAULT_MAX_DAYS = "365";
    /** Ten years: a longer-lived bearer token would be a password that never changes. */
    public static final long LONGEST_DAYS = 3650;
    public static final TokenLifetime STANDARD = new TokenLifetime(Long.parseLong(DEFAULT_DAYS), Long.parseLong(DEFAULT_MAX_DAYS));

    public TokenLifetime {
        if (maxDays < 1 || maxDays > LONGEST_DAYS) {
            throw new IllegalArgumentException("--token-max-lifetime must be from 1 to " + LONGEST_DAYS + " days, got " + maxDays);
        }
        if (defaultDays < 1 || defaultDays > maxDays) {
            throw new IllegalArgumentException("--token-lifetime must be from 1 to --token-max-lifetime (" + maxDays
                + ") days, got " + defaultDays);
        }
    }

    /** The life of a token whose client names none. */
    public Duration standard() { return Duration.ofDays(defaultDays); }

    /** The life {@code expiresIn} days names, or the default; 400 naming {@code expires_in} when out of range. */
    public Duration of(Optional<Long> expiresIn) {
        long days = expiresIn.orElse(defaultDays);
        if (days < 1 || days > maxDays) {
            throw ApiError.valueNotPermitted("expires_in", "must be a number of days from 1 to " + maxDays + ", got " + days)
                .toException();
        }
        return Duration.ofDays(days);
    }
}
