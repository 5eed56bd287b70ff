package dev.roster.authtokens;

import dev.roster.auth.AuthToken;
import dev.roster.auth.Caller;
import dev.roster.auth.IssuedToken;
import dev.roster.auth.TokenType;
import dev.roster.errors.ApiError;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import java.util.Optional;

/** The {@code auth-tokens.*} operations over HTTP. */
public final class AuthTokenHandlers {
    /** What create declares that Roster does not model (applications' and exchanged tokens): type-checked only. */
    private static final Shape CREATE = Shape.of().strings("aud").string("client_id").string("grant_type")
        .string("subject_token").string("subject_token_type");
    private static final Shape LIST = Shape.of().string("client_id");

    private final AuthTokenService service;

    public AuthTokenHandlers(AuthTokenService service) { this.service = service; }

    public AuthTokenResponses.Created create(Caller caller, RequestBody request) {
        IssuedToken issued = service.create(caller,
            CreateToken.parse(request.check(CREATE), caller.orgId(), service.lifetime()));
        AuthToken token = issued.token();
        long lifeSeconds = (token.expiresAt().orElseThrow() - token.issuedAt()) / 1000;
        return new AuthTokenResponses.Created(issued.accessToken(), "bearer", lifeSeconds, token.scope().wire());
    }

    public AuthTokenResponses.One get(Caller caller, RequestBody request) {
        return one(service.get(caller, tokenId(request, caller).orElseThrow(() -> ApiError.missing("token_id").toException())));
    }

    public AuthTokenResponses.ListPage list(Caller caller, RequestBody request) {
        request.check(LIST);
        Optional<Subject> subject = request.string("subject").map(id -> subject(id, caller.orgId()));
        Optional<TokenType> type = request.string("requested_token_type")
            .map(text -> CreateToken.tokenType("requested_token_type", text));
        long now = service.now();
        return new AuthTokenResponses.ListPage(service.list(caller, subject, type).stream()
            .map(token -> AuthTokenJson.from(token, now)).toList());
    }

    public AuthTokenResponses.One update(Caller caller, RequestBody request) {
        long id = tokenId(request, caller).orElseThrow(() -> ApiError.missing("token_id").toException());
        return one(service.update(caller, id, request.requiredText("token_hint", CreateToken.MAX_HINT)));
    }

    /** Without {@code token_id}, the token presenting the request, as the contract says. */
    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller, tokenId(request, caller));
        return new EmptyResponse();
    }

    public EmptyResponse deleteOwn(Caller caller, RequestBody request) {
        service.deleteOwn(caller, request.string("requested_token_type")
            .map(text -> CreateToken.tokenType("requested_token_type", text)));
        return new EmptyResponse();
    }

    public AuthTokenResponses.Info info(Caller caller, RequestBody request) {
        return service.info(caller);
    }

    private AuthTokenResponses.One one(AuthToken token) {
        return new AuthTokenResponses.One(AuthTokenJson.from(token, service.now()));
    }

    private static Optional<Long> tokenId(RequestBody request, Caller caller) {
        return request.string("token_id").map(id -> IdParser.parse("token_id", id, IdKind.TOKEN, caller.orgId()));
    }

    /** A dev user's or a rev user's ID, in the caller's dev org. */
    private static Subject subject(String text, long orgId) {
        IdParser.Parsed parsed = IdParser.parse("subject", text);
        if (parsed.kind() != IdKind.DEV_USER && parsed.kind() != IdKind.REV_USER) {
            throw new ApiError.UnexpectedIdType("subject", "subject: expected a dev user or rev user ID (DEVU-<n>, REVU-<n> "
                + "or their DONs), got a " + parsed.kind().noun() + " ID").toException();
        }
        if (parsed.orgId().isPresent() && parsed.orgId().get() != orgId) {
            throw ApiError.notFound(parsed.kind().noun() + " " + text + " not found").toException();
        }
        return parsed.kind() == IdKind.DEV_USER ? new Subject(parsed.number(), 0) : new Subject(0, parsed.number());
    }
}
