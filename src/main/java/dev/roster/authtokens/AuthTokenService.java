package dev.roster.authtokens;

import dev.roster.accounts.AccountService;
import dev.roster.auth.AuthToken;
import dev.roster.auth.Caller;
import dev.roster.auth.IssuedToken;
import dev.roster.auth.NewToken;
import dev.roster.auth.Scope;
import dev.roster.auth.TokenLifetime;
import dev.roster.auth.TokenService;
import dev.roster.auth.TokenType;
import dev.roster.devorgs.DevOrgService;
import dev.roster.devusers.DevUserJson;
import dev.roster.devusers.DevUserService;
import dev.roster.errors.ApiError;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.ids.Ids;
import dev.roster.revorgs.RevOrgService;
import dev.roster.revusers.RevUserService;
import dev.roster.store.Database;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code auth-tokens.*}: tokens as DevRev's API manages them. A caller manages its own tokens; an
 * admin manages every token of its dev org and issues tokens for others.
 */
public final class AuthTokenService {
    /** The dev user states whose tokens authenticate: no other may be given one. */
    private static final Set<String> LIVE_STATES = Set.of("active", "shadow", "unassigned");

    private final Database db;
    private final Clock clock;
    private final TokenService tokens;
    private final DevUserService devUsers;
    private final DevOrgService devOrgs;
    private final RevTokens revTokens;

    public AuthTokenService(Database db, Clock clock, TokenService tokens, DevUserService devUsers, DevOrgService devOrgs,
                            AccountService accounts, RevOrgService revOrgs, RevUserService revUsers) {
        this.db = db;
        this.clock = clock;
        this.tokens = tokens;
        this.devUsers = devUsers;
        this.devOrgs = devOrgs;
        this.revTokens = new RevTokens(devOrgs, accounts, revOrgs, revUsers);
    }

    /** One transaction: a rev token's provisioning joins it through {@link Database#writeAsOne}. */
    IssuedToken create(Caller caller, CreateToken command) {
        Scope scope = command.scope().orElse(caller.scope());
        if (!caller.scope().includes(scope)) {
            throw ApiError.valueNotPermitted("scope", scope.wire() + " is broader than this token's " + caller.scope().wire())
                .toException();
        }
        if (command.actAs().isPresent() || command.type() == TokenType.REV) {
            caller.require(Scope.ADMIN, command.type() == TokenType.REV ? "a rev token" : "act_as");
        }
        return db.writeAsOne(tx -> switch (command.type()) {
            case PAT -> tokens.issue(tx, new NewToken(caller.orgId(), patUser(tx, caller, command), Optional.empty(), scope,
                TokenType.PAT, command.hint(), command.life()));
            case REV -> tokens.issue(tx, new NewToken(caller.orgId(), caller.userId(),
                Optional.of(revTokens.revUser(tx, caller, command.revInfo().orElseThrow())), Scope.READ, TokenType.REV,
                command.hint(), command.life()));
        });
    }

    private long patUser(Tx tx, Caller caller, CreateToken command) {
        if (command.actAs().isEmpty()) return caller.userId();
        long user = command.actAs().get();
        devUsers.requireAll(tx, caller.orgId(), List.of(user));
        DevUserJson json = devUsers.json(tx, caller.orgId(), user);
        if (!LIVE_STATES.contains(json.state())) {
            throw ApiError.valueNotPermitted("act_as", json.displayId() + " is " + json.state()
                + "; its tokens would not authenticate").toException();
        }
        return user;
    }

    AuthToken get(Caller caller, long id) {
        return db.read(tx -> visible(tx, caller, id, "token_id"));
    }

    /** A subject's tokens: the caller's own by default; another's needs admin. */
    List<AuthToken> list(Caller caller, Optional<Subject> subject, Optional<TokenType> type) {
        Subject who = subject.orElse(Subject.of(caller));
        if (!who.equals(Subject.of(caller))) caller.require(Scope.ADMIN, "auth-tokens.list of another subject's tokens");
        return db.read(tx -> {
            if (who.isRevUser()) revTokens.requireRevUser(tx, caller.orgId(), who.revUserId());
            else devUsers.requireAll(tx, caller.orgId(), List.of(who.devUserId()));
            return tokens.list(tx, caller.orgId(), who.devUserId(), who.revUserId(), type);
        });
    }

    AuthToken update(Caller caller, long id, String hint) {
        return db.write(tx -> {
            visible(tx, caller, id, "token_id");
            tokens.setHint(tx, caller.orgId(), id, hint);
            return tokens.find(tx, caller.orgId(), id).orElseThrow();
        });
    }

    /**
     * Revokes a token: the one named, or the one presenting the request. Revoking one revoked before
     * changes nothing. The dev org must keep an admin who can sign in.
     */
    void delete(Caller caller, Optional<Long> id) {
        long tokenId = id.orElse(caller.tokenId());
        db.perform(tx -> {
            AuthToken token = visible(tx, caller, tokenId, "token_id");
            if (tokens.revoke(tx, caller.orgId(), tokenId)) {
                tokens.requireAdminLeft(tx, caller.orgId(), "token_id", "revoking " + Ids.displayId(IdKind.TOKEN, token.id()));
            }
        });
    }

    /** Revokes the caller's own tokens of one type: by default the presenting token's. */
    void deleteOwn(Caller caller, Optional<TokenType> type) {
        db.perform(tx -> {
            TokenType chosen = type.orElseGet(() -> presenting(tx, caller).type());
            Subject self = Subject.of(caller);
            if (tokens.revokeAll(tx, caller.orgId(), self.devUserId(), self.revUserId(), chosen) > 0) {
                tokens.requireAdminLeft(tx, caller.orgId(), "requested_token_type", "revoking your " + chosen.wire() + " tokens");
            }
        });
    }

    AuthTokenResponses.Info info(Caller caller) {
        return db.read(tx -> {
            AuthToken token = presenting(tx, caller);
            var org = devOrgs.json(tx, caller.orgId());
            AuthTokenResponses.UserAttributes user = caller.isRevUser()
                ? revTokens.attributes(tx, caller.orgId(), caller.revUserId())
                : devUserAttributes(devUsers.json(tx, caller.orgId(), caller.userId()));
            return new AuthTokenResponses.Info(new AuthTokenResponses.OrgAttributes(org.id(), org.displayId(), org.devSlug()),
                user, new AuthTokenResponses.TokenAttributes(token.expiresAt().map(at -> at / 1000).orElse(0L),
                    token.issuedAt() / 1000, TokenService.ISSUER, token.subject()));
        });
    }

    private static AuthTokenResponses.UserAttributes devUserAttributes(DevUserJson user) {
        return new AuthTokenResponses.UserAttributes("dev_user", user.id(), user.displayId(), user.displayName(), user.email(),
            user.fullName());
    }

    long now() { return clock.millis(); }

    TokenLifetime lifetime() { return tokens.lifetime(); }

    /**
     * {@code roster token revoke}: a token of the dev org by its id; false when it was revoked before.
     * The operator's way back in, so the last admin's token may go too.
     */
    public boolean revoke(long orgId, String tokenId) {
        long id = IdParser.parse("token id", tokenId, IdKind.TOKEN, orgId);
        return db.write(tx -> {
            tokens.find(tx, orgId, id).orElseThrow(() -> IdKind.TOKEN.notFound(id));
            return tokens.revoke(tx, orgId, id);
        });
    }

    /** {@code roster token list}: the own tokens of the dev user with this email, as auth-tokens.list answers them. */
    public AuthTokenResponses.ListPage list(long orgId, String email) {
        List<AuthToken> found = db.read(tx -> devUsers.findIdByEmail(tx, orgId, email)
            .map(user -> tokens.list(tx, orgId, user, 0, Optional.empty()))
            .orElseThrow(() -> ApiError.notFound("dev user", email).toException()));
        long now = now();
        return new AuthTokenResponses.ListPage(found.stream().map(token -> AuthTokenJson.from(token, now)).toList());
    }

    private AuthToken presenting(Tx tx, Caller caller) {
        if (caller.tokenId() == 0) throw ApiError.missing("token_id").toException();
        return tokens.find(tx, caller.orgId(), caller.tokenId()).orElseThrow(() -> IdKind.TOKEN.notFound(caller.tokenId()));
    }

    /** A token of the caller's dev org that the caller may see: its own, or any for an admin; 404 or 403 otherwise. */
    private AuthToken visible(Tx tx, Caller caller, long id, String field) {
        AuthToken token = tokens.find(tx, caller.orgId(), id).orElseThrow(() -> IdKind.TOKEN.notFound(id));
        if (!Subject.of(token).equals(Subject.of(caller))) {
            caller.require(Scope.ADMIN, field + ": " + Ids.displayId(IdKind.TOKEN, id) + " is another subject's token, which");
        }
        return token;
    }
}
