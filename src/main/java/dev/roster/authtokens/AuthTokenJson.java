package dev.roster.authtokens;

import dev.roster.auth.AuthToken;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.util.List;
import java.util.Locale;

/** The contract's {@code auth-token}: a token's metadata, never the token or its hash. */
record AuthTokenJson(String id, String displayId, String createdDate, String subject, String status, String issuedAt,
                     String expiresAt, List<String> scopes, String tokenHint, String requestedTokenType) {
    static AuthTokenJson from(AuthToken token, long now) {
        String issued = Json.timestamp(token.issuedAt());
        return new AuthTokenJson(token.don(), Ids.displayId(IdKind.TOKEN, token.id()), issued, token.subject(),
            token.status(now).name().toLowerCase(Locale.ROOT), issued, token.expiresAt().map(Json::timestamp).orElse(null),
            List.of(token.scope().wire()), token.hint().orElse(null), token.type().wire());
    }
}
