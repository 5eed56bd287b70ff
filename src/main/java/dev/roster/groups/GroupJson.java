package dev.roster.groups;

import dev.roster.devusers.UserSummaryJson;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/** The contract's group object. Roster has no default groups, so {@code is_default} is always false. */
record GroupJson(String id, String displayId, UserSummaryJson createdBy, String createdDate, UserSummaryJson modifiedBy,
                 String modifiedDate, String name, String description, boolean isDefault, String memberType,
                 UserSummaryJson owner) {

    static GroupJson from(Group group) {
        return new GroupJson(Ids.don(IdKind.GROUP, group.orgId(), group.id()), Ids.displayId(IdKind.GROUP, group.id()),
            UserSummaryJson.from(group.createdBy()), Json.timestamp(group.createdDate()),
            UserSummaryJson.from(group.modifiedBy()), Json.timestamp(group.modifiedDate()),
            group.name(), group.description(), false, group.memberType().wire(), UserSummaryJson.from(group.owner()));
    }
}
