package dev.roster.server;

import dev.roster.auth.OperatorTokenService;
import dev.roster.authtokens.AuthTokenService;
import dev.roster.auth.TokenService;
import dev.roster.devorgs.DevOrgService;
import dev.roster.devusers.DevUserService;
import dev.roster.accounts.AccountService;
import dev.roster.revorgs.RevOrgService;
import dev.roster.revusers.RevUserMembershipService;
import dev.roster.revusers.RevUserService;
import dev.roster.store.Database;
import dev.roster.tags.TagService;
import java.time.Clock;

/** The services over one database, built once and shared by routes, bootstrap and the CLI. */
public record Services(Database db, Clock clock, TokenService tokens, OperatorTokenService operators, DevOrgService devOrgs, DevUserService devUsers,
                       TagService tags, RevOrgService revOrgs, AccountService accounts, RevUserService revUsers) {
    /** {@code auth-tokens.*}, over the services it provisions rev users through. */
    public AuthTokenService authTokens() {
        return new AuthTokenService(db, clock, tokens, devUsers, devOrgs, accounts, revOrgs, revUsers);
    }

    /** The services with the server's default rules (self-linking of identities on). */
    public static Services over(Database db, Clock clock) {
        return over(db, clock, true);
    }

    public static Services over(Database db, Clock clock, boolean selfLink) {
        TokenService tokens = new TokenService(db, clock);
        DevUserService devUsers = new DevUserService(db, clock, tokens, selfLink);
        TagService tags = new TagService(db, clock);
        RevUserMembershipService members = new RevUserMembershipService();
        RevOrgService revOrgs = new RevOrgService(db, clock, tags, members);
        AccountService accounts = new AccountService(db, clock, devUsers, tags, revOrgs, members);
        return new Services(db, clock, tokens, new OperatorTokenService(db, clock), new DevOrgService(db, clock, devUsers, tokens), devUsers,
            tags, revOrgs, accounts, new RevUserService(db, clock, tags, revOrgs, accounts));
    }
}
