package dev.roster.devusers;

import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;

/** The contract's user-summary of a dev user, as {@code created_by}, {@code modified_by}, {@code reports_to}. */
public record UserSummaryJson(String type, String id, String displayId, String displayName, String email,
                              String fullName, String state) {
    public static UserSummaryJson from(UserRef user) {
        if (user == null) return null;
        return new UserSummaryJson("dev_user", Ids.don(IdKind.DEV_USER, user.orgId(), user.id()),
            Ids.displayId(IdKind.DEV_USER, user.id()), user.displayName(), user.email(), user.fullName(), user.state());
    }
}
