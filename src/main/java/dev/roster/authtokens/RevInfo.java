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
    private static final Shape ORG_TRAITS = Shape.of().object("custom_fields", Shape.of()).string("description")
        .string("display_name").string("domain").strings("phone_numbers").string("tier");
    /**
     * Every field rev_info declares, type-checked before anything is found missing or looked up (the
     * workspace ones, which Roster does not model, are then refused if given, below).
     */
    private static final Shape DECLARED = Shape.of().string("account_ref")
        .object("account_traits", Shape.of().object("custom_fields", Shape.of()).string("display_name").strings("domains"))
        .string("org_ref").object("org_traits", ORG_TRAITS).string("user_id").string("user_ref")
        .object("user_traits", Shape.of().object("custom_fields", Shape.of()).string("description").string("display_name")
            .string("email").string("full_name").strings("phone_numbers"))
        .string("workspace_ref").object("workspace_traits", ORG_TRAITS);

    static RevInfo parse(RequestBody body, long orgId) {
        body.check(DECLARED);
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
