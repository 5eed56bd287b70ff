package dev.roster.authtokens;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.Optional;

/**
 * {@code rev_info}: the rev user a rev token is for, named by {@code user_id} or found or made by
 * {@code user_ref}; its account by {@code account_ref}, its rev org by {@code org_ref}; and the traits
 * to apply. The traits stay requests, read by the services that own those fields.
 */
record RevInfo(Optional<Long> userId, Optional<String> userRef, Optional<String> accountRef, Optional<String> orgRef,
               Optional<RequestBody> userTraits, Optional<RequestBody> accountTraits, Optional<RequestBody> orgTraits) {
    private static final int MAX_REF = 256;
    /** What rev_info declares that Roster does not model: type-checked, then refused if given (below). */
    private static final Shape WORKSPACE = Shape.of().string("workspace_ref");

    static RevInfo parse(RequestBody body, long orgId) {
        body.check(WORKSPACE);
        if (body.has("workspace_ref") || body.has("workspace_traits")) {
            throw ApiError.valueNotPermitted(body.path(body.has("workspace_ref") ? "workspace_ref" : "workspace_traits"),
                "Roster keeps no workspaces; name the account with account_ref").toException();
        }
        RevInfo info = new RevInfo(
            body.string("user_id").map(id -> IdParser.parse(body.path("user_id"), id, IdKind.REV_USER, orgId)),
            body.text("user_ref", MAX_REF), body.text("account_ref", MAX_REF), body.text("org_ref", MAX_REF),
            body.object("user_traits"), body.object("account_traits"), body.object("org_traits"));
        if (info.userId.isEmpty() && info.userRef.isEmpty()) throw ApiError.missing(body.path("user_ref")).toException();
        return info;
    }
}
