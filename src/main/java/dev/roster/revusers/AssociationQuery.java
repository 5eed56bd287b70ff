package dev.roster.revusers;

import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;
import java.util.Map;

/** {@code rev-users.associations.list}: one rev user's associations, sorted and paged. */
record AssociationQuery(long revUser, PageRequest page) {
    static final SortKey TIEBREAK = new SortKey("id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of("type", new SortKey("type", false, false));

    static AssociationQuery parse(RequestBody body, long orgId) {
        long revUser = IdParser.parse("rev_user_id", body.requiredString("rev_user_id"), IdKind.REV_USER, orgId);
        return new AssociationQuery(revUser,
            ListParams.parse(body, SORTABLE, List.of("type:asc"), TIEBREAK, "associations of " + revUser));
    }
}
