package dev.roster.revorgs;

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

/** {@code rev-orgs.list}: the filters, then the page. */
record RevOrgQuery(Optional<List<Long>> accounts, Optional<List<String>> displayNames, Optional<List<String>> externalRefs,
                   Optional<List<Long>> createdBy, Optional<DateFilter> createdDate, Optional<DateFilter> modifiedDate,
                   Optional<List<Long>> tags, CustomFieldFilter customFields, PageRequest page) {

    static final SortKey TIEBREAK = new SortKey("id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of(
        "created_date", new SortKey("created_date", false, true),
        "modified_date", new SortKey("modified_date", false, true),
        "display_name", new SortKey("display_name", false, false));

    static RevOrgQuery parse(RequestBody body, long orgId) {
        if (body.strings("custom_field_filter").isPresent()) {
            throw ApiError.invalidField("custom_field_filter",
                "custom_field_filter expressions are not supported; filter with custom_fields {key: value}").toException();
        }
        Optional<List<Long>> accounts = ids(body, "account", IdKind.ACCOUNT, orgId);
        Optional<List<String>> names = body.strings("display_name");
        Optional<List<String>> refs = body.strings("external_ref");
        Optional<List<Long>> createdBy = ids(body, "created_by", IdKind.DEV_USER, orgId);
        Optional<DateFilter> created = DateFilter.read(body, "created_date");
        Optional<DateFilter> modified = DateFilter.read(body, "modified_date");
        Optional<List<Long>> tags = SetTag.readFilter(body, "tags", orgId);
        CustomFieldFilter custom = CustomFieldFilter.read(body);
        String filter = List.of(accounts, names, refs, createdBy, created, modified, tags, custom).toString();
        PageRequest page = ListParams.parse(body, SORTABLE, List.of("created_date:asc"), TIEBREAK, filter);
        return new RevOrgQuery(accounts, names, refs, createdBy, created, modified, tags, custom, page);
    }

    static Optional<List<Long>> ids(RequestBody body, String field, IdKind kind, long orgId) {
        return body.strings(field).map(list -> list.stream().map(id -> IdParser.parse(field, id, kind, orgId)).toList());
    }
}
