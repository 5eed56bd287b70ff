package dev.roster.devusers;

import dev.roster.errors.ApiError;
import dev.roster.http.CustomFieldFilter;
import dev.roster.http.DateFilter;
import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code dev-users.list}: the filters, then the page. Without a state filter, deleted users are left out. */
record DevUserQuery(
    Optional<List<String>> emails,
    Optional<List<UserState>> states,
    Optional<List<IdentityFilter>> identities,
    Optional<DateFilter> createdDate,
    Optional<DateFilter> modifiedDate,
    CustomFieldFilter customFields,
    PageRequest page) {

    /** Matches identities by issuer, id, or both. */
    record IdentityFilter(String issuer, String id) {}

    static final Map<String, SortKey> SORTABLE = sortable();
    static final SortKey TIEBREAK = new SortKey("id", false, true);

    static DevUserQuery parse(RequestBody body) {
        Optional<List<String>> emails = body.strings("email").map(list -> list.stream().map(Emails::key).toList());
        Optional<List<UserState>> states = body.strings("state").map(list -> list.stream()
            .map(s -> RequestBody.parseEnum("state", s, UserState.class, UserState::wire)).toList());
        Optional<List<IdentityFilter>> identities = body.objects("external_identity")
            .map(items -> items.stream().map(DevUserQuery::identity).toList());
        Optional<DateFilter> created = DateFilter.read(body, "created_date");
        Optional<DateFilter> modified = DateFilter.read(body, "modified_date");
        CustomFieldFilter customFields = CustomFieldFilter.read(body);
        String filter = List.of(emails, states, identities, created, modified, customFields).toString();
        PageRequest page = ListParams.parse(body, SORTABLE, List.of("created_date:asc"), TIEBREAK, filter);
        return new DevUserQuery(emails, states, identities, created, modified, customFields, page);
    }

    private static IdentityFilter identity(RequestBody item) {
        String issuer = item.string("issuer").orElse(null);
        String id = item.string("id").orElse(null);
        if (issuer == null && id == null) {
            throw ApiError.missing(item.path("issuer")).toException();
        }
        return new IdentityFilter(issuer, id);
    }

    private static Map<String, SortKey> sortable() {
        Map<String, SortKey> keys = new LinkedHashMap<>();
        keys.put("created_date", new SortKey("created_date", false, true));
        keys.put("modified_date", new SortKey("modified_date", false, true));
        keys.put("display_name", new SortKey("display_name", false, false));
        keys.put("email", new SortKey("email", false, false));
        keys.put("state", new SortKey("state", false, false));
        return Map.copyOf(keys);
    }
}
