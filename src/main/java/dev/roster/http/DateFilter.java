package dev.roster.http;

import dev.roster.errors.ApiError;
import dev.roster.store.DateRange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A date filter as a client sends it: {@code {after, before}}, or DevRev's tagged forms
 * {@code {type: "range", after, before}} and {@code {type: "preset", preset_type, days}}. Kept as
 * given, so that a cursor's fingerprint does not drift with the clock; resolved per request.
 */
public sealed interface DateFilter {
    record Range(Instant after, Instant before) implements DateFilter {}
    record LastNDays(long days) implements DateFilter {}
    record NextNDays(long days) implements DateFilter {}

    long MAX_DAYS = 4_294_967_295L;

    default DateRange resolve(Clock clock) {
        long now = clock.millis();
        return switch (this) {
            case Range r -> new DateRange(r.after() == null ? null : r.after().toEpochMilli(),
                r.before() == null ? null : r.before().toEpochMilli());
            case LastNDays p -> new DateRange(now - Duration.ofDays(Math.min(p.days(), 1_000_000)).toMillis(), now);
            case NextNDays p -> new DateRange(now, now + Duration.ofDays(Math.min(p.days(), 1_000_000)).toMillis());
        };
    }

    static Optional<DateFilter> read(RequestBody body, String name) {
        return body.object(name).map(DateFilter::parse);
    }

    private static DateFilter parse(RequestBody filter) {
        String type = filter.string("type").orElse(filter.has("preset_type") ? "preset" : "range");
        return switch (type) {
            case "range" -> new Range(filter.string("after").map(t -> Timestamps.parse(filter.path("after"), t)).orElse(null),
                filter.string("before").map(t -> Timestamps.parse(filter.path("before"), t)).orElse(null));
            case "preset" -> preset(filter);
            default -> throw ApiError.invalidEnum(filter.path("type"), type, List.of("preset", "range")).toException();
        };
    }

    private static DateFilter preset(RequestBody filter) {
        String presetType = filter.string("preset_type")
            .orElseThrow(() -> ApiError.missing(filter.path("preset_type")).toException());
        long days = filter.integer("days").orElseThrow(() -> ApiError.missing(filter.path("days")).toException());
        if (days < 0 || days > MAX_DAYS) {
            throw ApiError.valueNotPermitted(filter.path("days"), "must be between 0 and " + MAX_DAYS).toException();
        }
        return switch (presetType) {
            case "last_n_days" -> new LastNDays(days);
            case "next_n_days" -> new NextNDays(days);
            default -> throw ApiError.invalidEnum(filter.path("preset_type"), presetType,
                List.of("last_n_days", "next_n_days")).toException();
        };
    }
}
