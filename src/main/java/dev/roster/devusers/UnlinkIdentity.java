package dev.roster.devusers;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;

/** {@code dev-users.identities.unlink}: remove a dev user's identity of one issuer. */
record UnlinkIdentity(long devUser, String issuer) {
    static UnlinkIdentity parse(RequestBody body, long orgId) {
        long devUser = IdParser.parse("dev_user", body.requiredString("dev_user"), IdKind.DEV_USER, orgId);
        return new UnlinkIdentity(devUser, body.requiredText("issuer", LinkIdentity.MAX_LENGTH));
    }
}
