package dev.roster.groups;

import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/** The contract's group-summary: how membership events name their group. */
record GroupSummaryJson(String id, String displayId, String name, String memberType) {
    static GroupSummaryJson from(Group group) {
        return new GroupSummaryJson(Ids.don(IdKind.GROUP, group.orgId(), group.id()), Ids.displayId(IdKind.GROUP, group.id()),
            group.name(), group.memberType().wire());
    }
}
