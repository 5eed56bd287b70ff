package dev.roster.revusers;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;

/**
 * The body of the deprecated {@code rev-users.link} and {@code rev-users.unlink}: {@code id} and
 * {@code rev_org}, or their deprecated aliases {@code user_don} and {@code rev_org_don}. Both forms
 * may be given if they name the same object.
 */
record RevUserLink(long revUser, long revOrg) {
    static RevUserLink parse(RequestBody body, long orgId) {
        return new RevUserLink(either(body, "id", "user_don", IdKind.REV_USER, orgId),
            either(body, "rev_org", "rev_org_don", IdKind.REV_ORG, orgId));
    }

    private static long either(RequestBody body, String field, String alias, IdKind kind, long orgId) {
        Long value = body.string(field).map(id -> IdParser.parse(field, id, kind, orgId)).orElse(null);
        Long aliased = body.string(alias).map(id -> IdParser.parse(alias, id, kind, orgId)).orElse(null);
        if (value == null && aliased == null) {
            throw new ApiError.MissingRequiredField(field, "missing required field '" + field + "' (or its deprecated alias '"
                + alias + "')").toException();
        }
        if (value != null && aliased != null && !value.equals(aliased)) {
            throw ApiError.valueNotPermitted(alias, "'" + alias + "' names another " + kind.noun() + " than '" + field
                + "'; give one of them, or both naming the same " + kind.noun()).toException();
        }
        return value != null ? value : aliased;
    }
}
