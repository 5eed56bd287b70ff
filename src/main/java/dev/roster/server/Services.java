package dev.roster.server;

import dev.roster.auth.OperatorTokenService;
import dev.roster.auth.TokenService;
import dev.roster.devorgs.DevOrgService;
import dev.roster.devusers.DevUserService;
import dev.roster.fixtures.FixtureException;
import dev.roster.fixtures.FixtureService;
import dev.roster.fixtures.Fixtures;
import dev.roster.groups.GroupMembershipService;
import dev.roster.groups.GroupService;
import dev.roster.accounts.AccountService;
import dev.roster.revorgs.RevOrgService;
import dev.roster.revusers.RevUserMembershipService;
import dev.roster.revusers.RevUserService;
import dev.roster.snapshots.SnapshotService;
import dev.roster.store.Database;
import dev.roster.tags.TagService;
import java.time.Clock;

/** The services over one database, built once and shared by routes, bootstrap and the CLI. */
public record Services(Database db, Clock clock, TokenService tokens, OperatorTokenService operators, DevOrgService devOrgs, DevUserService devUsers,
                       TagService tags, RevOrgService revOrgs, AccountService accounts, RevUserService revUsers,
                       FixtureService fixtures, SnapshotService snapshots, GroupService groups) {
    /** The services with the server's default rules (self-linking of identities on). */
    public static Services over(Database db, Clock clock) {
        return over(db, clock, true);
    }

    public static Services over(Database db, Clock clock, boolean selfLink) {
        return over(db, clock, selfLink, Fixtures.none());
    }

    /** With {@code library}'s fixtures to apply; one whose step names no DevRev operation throws {@link FixtureException}. */
    public static Services over(Database db, Clock clock, boolean selfLink, Fixtures library) {
        TokenService tokens = new TokenService(db, clock);
        GroupMembershipService memberships = new GroupMembershipService();
        DevUserService devUsers = new DevUserService(db, clock, tokens, memberships, selfLink);
        TagService tags = new TagService(db, clock);
        RevUserMembershipService members = new RevUserMembershipService();
        RevOrgService revOrgs = new RevOrgService(db, clock, tags, members);
        AccountService accounts = new AccountService(db, clock, devUsers, tags, revOrgs, members);
        RevUserService revUsers = new RevUserService(db, clock, tags, revOrgs, accounts, memberships);
        FixtureService fixtures = new FixtureService(db, library);
        SnapshotService snapshots = new SnapshotService(db, clock);
        Services services = new Services(db, clock, tokens, new OperatorTokenService(db, clock),
            new DevOrgService(db, clock, devUsers, tokens, fixtures, snapshots), devUsers, tags, revOrgs, accounts,
            revUsers, fixtures, snapshots, new GroupService(db, clock, devUsers, revUsers));
        // Fixtures run the operation table, which is built from the services, the fixture service among them.
        fixtures.use(Routes.operations(services));
        return services;
    }
}
