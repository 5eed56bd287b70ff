package dev.roster.accounts;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for an account's list fields, shared by create and update. */
final class AccountFields {
    static final int MAX_TEXT = 256;
    static final int MAX_ITEMS = 100;
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private AccountFields() {}

    /** Domains are case-insensitive, so Roster keeps them lower-cased. */
    static Optional<List<String>> domains(RequestBody body) {
        return body.strings("domains").map(list -> distinct("domains", list.stream().map(d -> {
            String domain = d.trim().toLowerCase(Locale.ROOT);
            if (!DOMAIN.matcher(domain).matches()) {
                throw ApiError.valueNotPermitted("domains", "'" + abbreviate(d) + "' is not a domain name such as example.com")
                    .toException();
            }
            return domain;
        }).toList()));
    }

    static Optional<List<String>> texts(RequestBody body, String field, int maxLength) {
        return body.strings(field).map(list -> {
            for (String value : list) {
                if (value.isBlank() || value.length() > maxLength) {
                    throw ApiError.valueNotPermitted(field, "each value must be 1 to " + maxLength + " characters").toException();
                }
            }
            return distinct(field, list);
        });
    }

    static Optional<List<Long>> owners(RequestBody body, long orgId) {
        return body.strings("owned_by").map(ids -> {
            List<Long> owners = ids.stream().map(id -> IdParser.parse("owned_by", id, IdKind.DEV_USER, orgId)).toList();
            if (new HashSet<>(owners).size() != owners.size()) {
                throw ApiError.valueNotPermitted("owned_by", "a dev user is listed twice").toException();
            }
            return owners;
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

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
