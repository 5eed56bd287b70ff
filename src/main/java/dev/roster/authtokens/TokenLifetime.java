package dev.roster.authtokens;

import dev.roster.auth.TokenService;
import dev.roster.errors.ApiError;
import java.time.Duration;
import java.util.Optional;

/** How long a created token lives: {@code expires_in} days, from 1 to the maximum, else the default. */
record TokenLifetime(long defaultDays, long maxDays) {
    /** The default is {@link TokenService#DEFAULT_LIFE} (90 days); no token lives more than a year. */
    static final TokenLifetime STANDARD = new TokenLifetime(TokenService.DEFAULT_LIFE.toDays(), 365);

    Duration of(Optional<Long> expiresIn) {
        long days = expiresIn.orElse(defaultDays);
        if (days < 1 || days > maxDays) {
            throw ApiError.valueNotPermitted("expires_in", "must be a number of days from 1 to " + maxDays + ", got " + days)
                .toException();
        }
        return Duration.ofDays(days);
    }
}
