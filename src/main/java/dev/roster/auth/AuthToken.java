package dev.roster.auth;

import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.util.Optional;

/**
 * An API token's metadata, never its secret. A rev user's token names its rev user; its
 * {@code devUserId} is the dev user who issued it. Times are epoch milliseconds.
 */
public record AuthToken(long id, long orgId, long devUserId, Optional<Long> revUserId, Scope scope, TokenType type,
                        Optional<String> hint, long issuedAt, Optional<Long> expiresAt, Optional<Long> revokedAt) {
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status status(long now) {
        if (revokedAt.isPresent()) return Status.REVOKED;
        return expiresAt.filter(at -> at <= now).isPresent() ? Status.EXPIRED : Status.ACTIVE;
    }

    /** The token's DON, which is its JWT's {@code jti}. */
    public String don() { return Ids.don(IdKind.TOKEN, orgId, id); }

    /** Its subject's DON: the rev user's for a rev token, else the dev user's. */
    public String subject() {
        return revUserId.map(rev -> Ids.don(IdKind.REV_USER, orgId, rev)).orElse(Ids.don(IdKind.DEV_USER, orgId, devUserId));
    }
}
