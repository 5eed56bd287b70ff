package dev.roster.accounts;

import dev.roster.errors.ApiError;
import dev.roster.http.Fields;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The rules for an account's list fields, shared by create and update. */
final class AccountFields {
    static final int MAX_TEXT = 256;
    static final int MAX_ITEMS = 100;
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private AccountFields() {}

    /** Reads an account's {@code domains}, normalised, each a domain name. */
    static Optional<List<String>> domains(RequestBody body) {
        return body.strings("domains").map(list -> Fields.distinct(body.path("domains"), list.stream().map(d -> {
            String domain = domain(d);
            if (!DOMAIN.matcher(domain).matches()) {
                throw ApiError.valueNotPermitted(body.path("domains"), "'" + Fields.abbreviate(d) + "' is not a domain name such as example.com")
                    .toException();
            }
            return domain;
        }).toList(), MAX_ITEMS));
    }

    /** A domain as Roster keeps it, and so as filters must give it: trimmed and, being case-insensitive, lower-cased. */
    static String domain(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    static Optional<List<String>> texts(RequestBody body, String field, int maxLength) {
        return body.strings(field).map(list -> Fields.texts(field, list, maxLength, MAX_ITEMS));
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
}
