package dev.roster.authtokens;

import dev.roster.auth.Scope;
import dev.roster.auth.TokenLifetime;
import dev.roster.auth.TokenType;
import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code auth-tokens.create}: the type (a personal access token by default), lifetime, scope and
 * hint, and whom it is for: the caller, another dev user ({@code act_as}), or a rev user ({@code rev_info}).
 */
record CreateToken(TokenType type, Duration life, Optional<Scope> scope, Optional<String> hint, Optional<Long> actAs,
                   Optional<RevInfo> revInfo) {
    static final int MAX_HINT = 256;

    static CreateToken parse(RequestBody body, long orgId, TokenLifetime lifetime) {
        TokenType type = body.string("requested_token_type").map(text -> tokenType("requested_token_type", text))
            .orElse(TokenType.PAT);
        Optional<Long> actAs = body.string("act_as").map(id -> IdParser.parse("act_as", id, IdKind.DEV_USER, orgId));
        Optional<RevInfo> revInfo = body.object("rev_info").map(info -> RevInfo.parse(info, orgId));
        if (type == TokenType.REV && revInfo.isEmpty()) throw ApiError.missing("rev_info").toException();
        if (type != TokenType.REV && revInfo.isPresent()) {
            throw ApiError.valueNotPermitted("rev_info", "is only for requested_token_type " + TokenType.REV.wire()).toException();
        }
        if (type == TokenType.REV && actAs.isPresent()) {
            throw ApiError.valueNotPermitted("act_as", "is only for personal access tokens; a rev token's user is rev_info's")
                .toException();
        }
        return new CreateToken(type, lifetime.of(body.integer("expires_in")), body.string("scope").map(CreateToken::scope),
            body.text("token_hint", MAX_HINT), actAs, revInfo);
    }

    /** The type Roster issues, or 400 naming those it does. */
    static TokenType tokenType(String field, String text) {
        return TokenType.ofWire(text).orElseThrow(() -> ApiError.invalidEnum(field, text, TokenType.wires()).toException());
    }

    /** A space-delimited list of Roster's scopes; the broadest one named is the token's. */
    private static Scope scope(String text) {
        Scope broadest = null;
        for (String word : text.trim().split("\\s+")) {
            Scope scope = RequestBody.parseEnum("scope", word, Scope.class, Scope::wire);
            if (broadest == null || scope.includes(broadest)) broadest = scope;
        }
        if (broadest == null) throw ApiError.valueNotPermitted("scope", "must name read, write or admin").toException();
        return broadest;
    }
}
