package dev.roster.http;

import dev.roster.errors.ApiError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses timestamps given in requests: ISO-8601 date-times with an offset, or plain dates (midnight UTC). */
public final class Timestamps {
    private Timestamps() {}

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    public static Instant parse(String field, String text) {
        Instant instant = parseAny(field, text);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ApiError.valueNotPermitted(field, "must be between the years 0001 and 9999").toException();
        }
        return instant;
    }

    private static Instant parseAny(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw ApiError.valueNotPermitted(field, "'" + abbreviate(text)
                    + "' is not an ISO-8601 date-time such as 2023-01-01T12:00:00.000Z").toException();
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
