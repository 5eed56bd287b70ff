package dev.roster.groups;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.Optional;

/** The rules for a group's own fields, shared by create and update. */
final class GroupFields {
    static final int MAX_NAME = 256;
    static final int MAX_DESCRIPTION = 4096;

    /** DevRev's boolean-expression, as far as every branch declares it: Roster type-checks it, then refuses it. */
    static final Shape DYNAMIC_GROUP_INFO = Shape.of().object("membership_expression", Shape.of().string("type"));

    private GroupFields() {}

    /** Roster keeps static groups only: a dynamic group is refused, never silently made static. */
    static void refuseDynamic(RequestBody body) {
        body.check(Shape.of().object("dynamic_group_info", DYNAMIC_GROUP_INFO));
        if (body.has("dynamic_group_info")) {
            throw ApiError.valueNotPermitted("dynamic_group_info",
                "Roster serves static groups only; dynamic groups (membership by expression) are not supported").toException();
        }
    }

    static Optional<Long> owner(RequestBody body, long orgId) {
        return body.string("owner").map(id -> IdParser.parse("owner", id, IdKind.DEV_USER, orgId));
    }
}
