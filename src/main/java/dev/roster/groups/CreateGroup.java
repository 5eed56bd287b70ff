package dev.roster.groups;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;

/** {@code groups.create}: a static group; {@code member_type} defaults to dev users. */
record CreateGroup(String name, String description, MemberType memberType, Long owner) {
    static CreateGroup parse(RequestBody body, long orgId) {
        GroupType type = body.enumValue("type", GroupType.class, GroupType::wire).orElse(GroupType.STATIC);
        GroupFields.refuseDynamic(body);
        if (type == GroupType.DYNAMIC) {
            throw ApiError.valueNotPermitted("type", "Roster serves static groups only; use type 'static' or leave it out")
                .toException();
        }
        return new CreateGroup(
            body.requiredText("name", GroupFields.MAX_NAME),
            body.requiredText("description", GroupFields.MAX_DESCRIPTION),
            body.enumValue("member_type", MemberType.class, MemberType::wire).orElse(MemberType.DEV_USER),
            GroupFields.owner(body, orgId).orElse(null));
    }
}
