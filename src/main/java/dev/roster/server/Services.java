package dev.roster.server;

import dev.roster.auth.OperatorTokenService;
import dev.roster.auth.TokenLifetime;
import dev.roster.authtokens.AuthTokenService;
import dev.roster.auth.TokenService;
import dev.roster.devorgs.DevOrgService;
import dev.roster.devusers.DevUserService;
import dev.roster.fixtures.FixtureException;
import dev.roster.fixtures.FixtureService;
import dev.roster.fixtures.Fixtures;
import dev.roster.groups.GroupMembershipService;
import dev.roster.groups.GroupService;
import dev.roster.events.DirectoryEvents;
import dev.roster.events.EventLog;
import dev.roster.events.EventOutbox;
import dev.roster.faults.FaultService;
import dev.roster.http.Operations;
import dev.roster.journal.JournalService;
import dev.roster.accounts.AccountService;
import dev.roster.revorgs.RevOrgService;
import dev.roster.revusers.RevUserMembershipService;
import dev.roster.revusers.RevUserService;
import dev.roster.snapshots.SnapshotService;
import dev.roster.store.Database;
import dev.roster.tags.TagService;
import dev.roster.webhooks.WebhookService;
import dev.roster.webhooks.WebhookSettings;
import java.time.Clock;

/** The services over one database, built once and shared by routes, bootstrap and the CLI. */
public record Services(Database db, Clock clock, TokenService tokens, OperatorTokenService operators, DevOrgService devOrgs, DevUserService devUsers,
                       TagService tags, RevOrgService revOrgs, AccountService accounts, RevUserService revUsers,
                       FixtureService fixtures, SnapshotService snapshots, GroupService groups, FaultService faults,
                       JournalService journal, EventOutbox events,
                       WebhookService webhooks) {
    /** {@code auth-tokens.*}, over the services it provisions rev users through. */
    public AuthTokenService authTokens() {
        return new AuthTokenService(db, clock, tokens, devUsers, devOrgs, accounts, revOrgs, revUsers);
    }

    /** {@code /_roster/events.list}: the outbox as a dev org's admin reads it. */
    public EventLog eventLog() {
        return new EventLog(db, clock, webhooks::deliveryStates);
    }

    /** Every DevRev and Roster operation by name, as requests run them (bulk import and export run them so). */
    public Operations operations() {
        return Routes.operations(this);
    }

    /**
     * The rules the services decide by that a server's configuration chooses.
     *
     * @param selfLink whether a write token may link identities to its own user
     * @param tokenLifetime the default and longest life of an issued token
     * @param webhooks the webhooks' verification, retries, denied destinations and event retention
     */
    public record Settings(boolean selfLink, TokenLifetime tokenLifetime, WebhookSettings webhooks) {
        public static final Settings DEFAULT = new Settings(true, TokenLifetime.STANDARD, WebhookSettings.DEFAULT);
    }

    /** The services with the server's default rules. */
    public static Services over(Database db, Clock clock) {
        return over(db, clock, Settings.DEFAULT, Fixtures.none());
    }

    /** With a request journal of its own, which no server records into (the CLI's). */
    public static Services over(Database db, Clock clock, Settings settings, Fixtures library) {
        return over(db, clock, settings, library, new JournalService(Integer.parseInt(RosterConfig.DEFAULT_JOURNAL_SIZE),
            JournalService.MAX_TOTAL_BYTES));
    }

    /**
     * With {@code library}'s fixtures to apply (one whose step names no DevRev operation throws {@link
     * FixtureException}) and the request journal the server records into.
     */
    public static Services over(Database db, Clock clock, Settings settings, Fixtures library, JournalService journal) {
        TokenService tokens = new TokenService(db, clock, settings.tokenLifetime());
        EventOutbox events = new EventOutbox(clock);
        DirectoryEvents changes = new DirectoryEvents(events);
        GroupMembershipService memberships = new GroupMembershipService(changes);
        DevUserService devUsers = new DevUserService(db, clock, tokens, memberships, changes, settings.selfLink());
        TagService tags = new TagService(db, clock, changes);
        RevUserMembershipService members = new RevUserMembershipService();
        RevOrgService revOrgs = new RevOrgService(db, clock, tags, members, changes);
        AccountService accounts = new AccountService(db, clock, devUsers, tags, revOrgs, members, changes);
        RevUserService revUsers = new RevUserService(db, clock, tags, revOrgs, accounts, memberships, changes);
        FixtureService fixtures = new FixtureService(db, library);
        SnapshotService snapshots = new SnapshotService(db, clock);
        DevOrgService devOrgs = new DevOrgService(db, clock, devUsers, tokens, fixtures, snapshots);
        // Faults and the journal live in memory; a deleted dev org's go with it.
        FaultService faults = new FaultService();
        devOrgs.onDelete(faults::forget);
        devOrgs.onDelete(journal::forget);
        Services services = new Services(db, clock, tokens, new OperatorTokenService(db, clock), devOrgs, devUsers, tags,
            revOrgs, accounts, revUsers, fixtures, snapshots, new GroupService(db, clock, devUsers, revUsers, changes), faults, journal, events,
            new WebhookService(db, clock, events, settings.webhooks()));
        // Fixtures run the operation table, which is built from the services, the fixture service among them.
        fixtures.use(Routes.operations(services));
        return services;
    }
}
