package dev.roster.ids;

import dev.roster.errors.ApiError;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses an ID given in a request, as a DON or a display ID, into the object's number. A malformed
 * ID is {@code invalid_id}, one of another kind {@code unexpected_id_type}, and a DON of another
 * dev org {@code not_found}: to a caller, another tenant's objects do not exist.
 */
public final class IdParser {
    private static final Pattern DON = Pattern.compile(
        "don:(identity|core|integration):" + Pattern.quote(Ids.PARTITION) + ":devo/([0-9]{1,18}):([a-z_]+)/([0-9]{1,18})");
    private static final Pattern DEV_ORG_DON = Pattern.compile(
        "don:identity:" + Pattern.quote(Ids.PARTITION) + ":devo/([0-9]{1,18})");
    private static final Pattern DISPLAY = Pattern.compile("([A-Za-z]{1,8})-([0-9]{1,18})");

    private IdParser() {}

    /** Returns the object number of {@code text}, an ID of {@code expected} kind in dev org {@code orgId}. */
    public static long parse(String field, String text, IdKind expected, long orgId) {
        Parsed parsed = parse(field, text);
        if (parsed.kind() != expected) {
            throw new ApiError.UnexpectedIdType(field, field + ": expected a " + expected.noun()
                + " ID (" + expected.prefix() + "-<n> or its DON), got a " + parsed.kind().noun() + " ID").toException();
        }
        if (parsed.orgId().isPresent() && parsed.orgId().get() != orgId) {
            throw ApiError.notFound(expected.noun() + " " + text + " not found").toException();
        }
        return parsed.number();
    }

    /** The number of a dev org given as its DON ({@link Ids#devOrgDon}) or its display ID ({@code DEV-<n>}). */
    public static long devOrg(String field, String text) {
        Matcher don = DEV_ORG_DON.matcher(text);
        if (don.matches()) return number(field, text, don.group(1));
        Parsed parsed = parse(field, text);
        if (parsed.kind() != IdKind.DEV_ORG) {
            throw new ApiError.UnexpectedIdType(field, field + ": expected a dev org ID (DEV-<n> or "
                + Ids.devOrgDon(1) + "), got a " + parsed.kind().noun() + " ID").toException();
        }
        if (parsed.orgId().isPresent()) throw invalid(field, text);
        return parsed.number();
    }

    /** A syntactically valid ID: its kind, its number, and the dev org a DON names. */
    public record Parsed(IdKind kind, long number, Optional<Long> orgId) {}

    public static Parsed parse(String field, String text) {
        Matcher don = DON.matcher(text);
        if (don.matches()) {
            IdKind kind = IdKind.bySegment(don.group(3))
                .filter(k -> k.service().equals(don.group(1)))
                .orElseThrow(() -> invalid(field, text));
            return new Parsed(kind, number(field, text, don.group(4)), Optional.of(number(field, text, don.group(2))));
        }
        Matcher display = DISPLAY.matcher(text);
        if (display.matches()) {
            IdKind kind = IdKind.byPrefix(display.group(1)).orElseThrow(() -> invalid(field, text));
            return new Parsed(kind, number(field, text, display.group(2)), Optional.empty());
        }
        throw invalid(field, text);
    }

    private static long number(String field, String text, String digits) {
        long value = Long.parseLong(digits);
        if (value <= 0) throw invalid(field, text);
        return value;
    }

    private static RuntimeException invalid(String field, String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return new ApiError.InvalidId(field, field + ": '" + shown
            + "' is not a valid ID; use a display ID such as DEVU-12 or a DON such as "
            + Ids.don(IdKind.DEV_USER, 1, 12)).toException();
    }
}
