package dev.roster.server;

import dev.roster.auth.OperatorTokenService;
import dev.roster.auth.TokenService;
import dev.roster.devorgs.DevOrgService;
import dev.roster.devusers.DevUserService;
import dev.roster.faults.FaultService;
import dev.roster.journal.JournalService;
import dev.roster.accounts.AccountService;
import dev.roster.revorgs.RevOrgService;
import dev.roster.revusers.RevUserMembershipService;
import dev.roster.revusers.RevUserService;
import dev.roster.store.Database;
import dev.roster.tags.TagService;
import java.time.Clock;

/** The services over one database, built once and shared by routes, bootstrap and the CLI. */
public record Services(Database db, Clock clock, TokenService tokens, OperatorTokenService operators, DevOrgService devOrgs, DevUserService devUsers,
                       TagService tags, RevOrgService revOrgs, AccountService accounts, RevUserService revUsers,
                       FaultService faults, JournalService journal) {
    /** The services with the server's default rules (self-linking of identities on). */
    public static Services over(Database db, Clock clock) {
        return over(db, clock, true);
    }

    public static Services over(Database db, Clock clock, boolean selfLink) {
        return over(db, clock, selfLink, new JournalService(Integer.parseInt(RosterConfig.DEFAULT_JOURNAL_SIZE),
            JournalService.MAX_TOTAL_BYTES));
    }

    /** With the request journal the server records into. */
    public static Services over(Database db, Clock clock, boolean selfLink, JournalService journal) {
        TokenService tokens = new TokenService(db, clock);
        DevUserService devUsers = new DevUserService(db, clock, tokens, selfLink);
        TagService tags = new TagService(db, clock);
        RevUserMembershipService members = new RevUserMembershipService();
        RevOrgService revOrgs = new RevOrgService(db, clock, tags, members);
        AccountService accounts = new AccountService(db, clock, devUsers, tags, revOrgs, members);
        DevOrgService devOrgs = new DevOrgService(db, clock, devUsers, tokens);
        // Faults and the journal live in memory; a deleted dev org's go with it.
        FaultService faults = new FaultService();
        devOrgs.onDelete(faults::forget);
        devOrgs.onDelete(journal::forget);
        return new Services(db, clock, tokens, new OperatorTokenService(db, clock), devOrgs, devUsers,
            tags, revOrgs, accounts, new RevUserService(db, clock, tags, revOrgs, accounts), faults, journal);
    }
}
