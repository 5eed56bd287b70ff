package dev.roster.authtokens;

import dev.roster.auth.AuthToken;
import dev.roster.auth.Caller;

/**
 * Whose tokens: a dev user's own ({@code revUserId} 0), or a rev user's (then {@code devUserId} is
 * 0 here: who issued them does not matter).
 */
record Subject(long devUserId, long revUserId) {
    static Subject of(Caller caller) {
        return caller.isRevUser() ? new Subject(0, caller.revUserId()) : new Subject(caller.userId(), 0);
    }

    static Subject of(AuthToken token) {
        return token.revUserId().map(rev -> new Subject(0, rev)).orElse(new Subject(token.devUserId(), 0));
    }

    boolean isRevUser() { return revUserId != 0; }
}
