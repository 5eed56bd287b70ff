package dev.roster.accounts;

import dev.roster.errors.ApiError;
import dev.roster.http.CustomFieldFilter;
import dev.roster.http.DateFilter;
import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import dev.roster.tags.SetTag;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code accounts.list} and {@code accounts.export}: the filters, then a page or the first N. Roster
 * models no stages or subtypes, so a non-empty {@code stage} or {@code subtype} filter matches nothing.
 */
record AccountQuery(Optional<List<Long>> createdBy, Optional<DateFilter> createdDate, Optional<DateFilter> modifiedDate,
                    Optional<List<String>> displayNames, Optional<List<String>> domains,
                    Optional<List<String>> externalRefs, Optional<List<Long>> owners, Optional<List<String>> tiers,
                    Optional<List<Long>> tags, Optional<List<String>> websites, boolean matchesNothing,
                    CustomFieldFilter customFields, PageRequest page) {

    static final int EXPORT_DEFAULT = 50;
    static final int EXPORT_MAX = 500;
    static final SortKey TIEBREAK = new SortKey("id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of(
        "created_date", new SortKey("created_date", false, true),
        "modified_date", new SortKey("modified_date", false, true),
        "display_name", new SortKey("display_name", false, false));

    static AccountQuery list(RequestBody body, long orgId) {
        return parse(body, orgId, true);
    }

    static AccountQuery export(RequestBody body, long orgId) {
        return parse(body, orgId, false);
    }

    private static AccountQuery parse(RequestBody body, long orgId, boolean paged) {
        Optional<List<Long>> createdBy = ids(body, "created_by", orgId);
        Optional<DateFilter> created = DateFilter.read(body, "created_date");
        Optional<DateFilter> modified = DateFilter.read(body, "modified_date");
        Optional<List<String>> names = body.strings("display_name");
        Optional<List<String>> domains = body.strings("domains").map(l -> l.stream().map(AccountFields::domain).toList());
        Optional<List<String>> refs = body.strings("external_refs");
        Optional<List<Long>> owners = ids(body, "owned_by", orgId);
        Optional<List<String>> tiers = body.strings("tier");
        Optional<List<Long>> tags = SetTag.readFilter(body, "tags", orgId);
        Optional<List<String>> websites = body.strings("websites");
        boolean nothing = body.strings("stage").map(l -> !l.isEmpty()).orElse(false)
            || body.strings("subtype").map(l -> !l.isEmpty()).orElse(false);
        CustomFieldFilter custom = CustomFieldFilter.read(body);
        String filter = List.of(createdBy, created, modified, names, domains, refs, owners, tiers, tags, websites, nothing,
            custom).toString();
        PageRequest page = paged
            ? ListParams.parse(body, SORTABLE, List.of("created_date:asc"), TIEBREAK, filter)
            : new PageRequest(ListParams.order(body, SORTABLE, List.of("created_date:asc"), TIEBREAK), first(body),
                Optional.of(true), Optional.empty(), filter);
        return new AccountQuery(createdBy, created, modified, names, domains, refs, owners, tiers, tags, websites, nothing,
            custom, page);
    }

    private static int first(RequestBody body) {
        long first = body.integer("first").orElse((long) EXPORT_DEFAULT);
        if (first < 1 || first > EXPORT_MAX) {
            throw ApiError.valueNotPermitted("first", "must be between 1 and " + EXPORT_MAX + ", got " + first).toException();
        }
        return (int) first;
    }

    private static Optional<List<Long>> ids(RequestBody body, String field, long orgId) {
        return body.strings(field).map(list -> list.stream().map(id -> IdParser.parse(field, id, IdKind.DEV_USER, orgId)).toList());
    }
}
