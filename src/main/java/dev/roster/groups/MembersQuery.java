package dev.roster.groups;

import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;
import java.util.Map;

/** {@code groups.members.list}: one group's members, in the order they were added. */
record MembersQuery(long group, PageRequest page) {
    static final SortKey TIEBREAK = new SortKey("id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of("created_date", new SortKey("created_date", false, true));

    static MembersQuery parse(RequestBody body, long orgId) {
        long group = IdParser.parse("group", body.requiredString("group"), IdKind.GROUP, orgId);
        PageRequest page = ListParams.parse(body, SORTABLE, List.of("created_date:asc"), TIEBREAK, "group " + group);
        return new MembersQuery(group, page);
    }
}
