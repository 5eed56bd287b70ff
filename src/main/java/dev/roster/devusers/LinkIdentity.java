package dev.roster.devusers;

import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;

/** {@code dev-users.identities.link}: attach an external identity to a dev user. */
record LinkIdentity(long devUser, ExternalIdentity identity) {
    static final int MAX_LENGTH = 256;

    static LinkIdentity parse(RequestBody body, long orgId) {
        long devUser = IdParser.parse("dev_user", body.requiredString("dev_user"), IdKind.DEV_USER, orgId);
        String issuer = body.requiredText("issuer", MAX_LENGTH);
        String id = body.requiredText("id", MAX_LENGTH);
        String displayName = body.text("display_name", MAX_LENGTH).orElse(null);
        return new LinkIdentity(devUser, new ExternalIdentity(issuer, id, displayName, false));
    }
}
