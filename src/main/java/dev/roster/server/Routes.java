package dev.roster.server;

import dev.roster.auth.Operator;
import dev.roster.auth.Scope;
import dev.roster.auth.TokenHolder;
import dev.roster.authtokens.AuthTokenHandlers;
import dev.roster.accounts.AccountHandlers;
import dev.roster.devorgs.DevOrgHandlers;
import dev.roster.devusers.DevUserHandlers;
import dev.roster.fixtures.FixtureHandlers;
import dev.roster.groups.GroupHandlers;
import dev.roster.events.EventHandlers;
import dev.roster.events.EventOutbox;
import dev.roster.faults.FaultHandlers;
import dev.roster.journal.JournalHandlers;
import dev.roster.revorgs.RevOrgHandlers;
import dev.roster.revusers.RevUserHandlers;
import dev.roster.snapshots.SnapshotHandlers;
import dev.roster.tags.TagHandlers;
import dev.roster.ui.UiHandlers;
import dev.roster.http.Operations;
import dev.roster.webhooks.WebhookHandlers;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;

/** Every operation, its handler and the least scope it needs: the whole API on one screen. */
final class Routes {
    private Routes() {}

    /** Registers every route on {@code app}; answers the operations, for what runs them by name. */
    static Operations register(Javalin app, Services services, SystemHandlers system, Operations.Around faults) {
        app.get("/health", system::health);
        app.get("/ready", system::ready);
        app.get("/metrics", system::metrics);
        app.get("/openapi.json", system::openApi);
        UiHandlers ui = new UiHandlers();
        app.get("/", ui::home);
        app.get("/_roster/ui", ui::asset);
        app.get("/_roster/ui/<file>", ui::asset);
        Operations ops = operations(services);
        // Roster's own operations (fixtures, restores, resets) change the directory without events:
        // seeding a dev org must not fire its integrations' triggers.
        ops.serveOn(app, (ctx, entry, caller, request) -> entry.isRosters()
            ? EventOutbox.muted(() -> faults.run(ctx, entry, caller, request))
            : faults.run(ctx, entry, caller, request));

        // Tenants: only the operator token opens these, and it opens nothing else.
        DevOrgHandlers devOrgs = new DevOrgHandlers(services.devOrgs());
        app.post("/_roster/dev-orgs.create", devOrgs::create, Operator.TOKEN);
        app.post("/_roster/dev-orgs.delete", devOrgs::delete, Operator.TOKEN);
        app.get("/_roster/dev-orgs.list", devOrgs::list, Operator.TOKEN);
        app.head("/_roster/dev-orgs.list", devOrgs::list, Operator.TOKEN);
        app.post("/_roster/dev-orgs.list", devOrgs::list, Operator.TOKEN);
        return ops;
    }

    /** The operations of a dev org's tokens, each at {@code "/" + name}; a server is not needed to run them. */
    static Operations operations(Services services) {
        Operations ops = new Operations();
        ops.read("dev-orgs.get", new DevOrgHandlers(services.devOrgs())::get);

        DevUserHandlers devUsers = new DevUserHandlers(services.devUsers());
        ops.write("dev-users.activate", devUsers::activate, Scope.ADMIN);
        ops.create("dev-users.create", devUsers::create, Scope.ADMIN);
        ops.write("dev-users.deactivate", devUsers::deactivate, Scope.ADMIN);
        ops.read("dev-users.get", devUsers::get);
        ops.write("dev-users.identities.link", devUsers::linkIdentity, Scope.WRITE);
        ops.write("dev-users.identities.unlink", devUsers::unlinkIdentity, Scope.WRITE);
        ops.read("dev-users.list", devUsers::list);
        ops.write("dev-users.merge", devUsers::merge, Scope.ADMIN);
        ops.read("dev-users.self", devUsers::self);
        ops.write("dev-users.self.update", devUsers::updateSelf, Scope.WRITE);
        ops.write("dev-users.update", devUsers::update, Scope.WRITE);

        AccountHandlers accounts = new AccountHandlers(services.accounts());
        ops.create("accounts.create", accounts::create, Scope.ADMIN);
        ops.write("accounts.delete", accounts::delete, Scope.ADMIN);
        ops.read("accounts.export", accounts::export);
        ops.read("accounts.get", accounts::get);
        ops.read("accounts.list", accounts::list);
        ops.write("accounts.merge", accounts::merge, Scope.ADMIN);
        ops.write("accounts.update", accounts::update, Scope.ADMIN);

        RevOrgHandlers revOrgs = new RevOrgHandlers(services.revOrgs());
        ops.create("rev-orgs.create", revOrgs::create, Scope.ADMIN);
        ops.write("rev-orgs.delete", revOrgs::delete, Scope.ADMIN);
        ops.read("rev-orgs.get", revOrgs::get);
        ops.read("rev-orgs.list", revOrgs::list);
        ops.write("rev-orgs.update", revOrgs::update, Scope.ADMIN);

        RevUserHandlers revUsers = new RevUserHandlers(services.revUsers());
        ops.create("rev-users.associations.add", revUsers::addAssociations, Scope.ADMIN);
        ops.read("rev-users.associations.list", revUsers::listAssociations);
        ops.write("rev-users.associations.remove", revUsers::removeAssociations, Scope.ADMIN, HttpStatus.NO_CONTENT);
        ops.create("rev-users.create", revUsers::create, Scope.ADMIN);
        ops.write("rev-users.delete", revUsers::delete, Scope.ADMIN);
        ops.write("rev-users.delete-personal-data", revUsers::deletePersonalData, Scope.ADMIN);
        ops.read("rev-users.get", revUsers::get);
        ops.write("rev-users.link", revUsers::link, Scope.ADMIN);
        ops.read("rev-users.list", revUsers::list);
        ops.write("rev-users.merge", revUsers::merge, Scope.ADMIN);
        ops.write("rev-users.personal-data", revUsers::personalData, Scope.ADMIN);
        ops.read("rev-users.scan", revUsers::scan);
        ops.write("rev-users.unlink", revUsers::unlink, Scope.ADMIN);
        ops.write("rev-users.update", revUsers::update, Scope.ADMIN);

        AuthTokenHandlers authTokens = new AuthTokenHandlers(services.authTokens());
        ops.create("auth-tokens.create", authTokens::create, Scope.READ);
        ops.write("auth-tokens.delete", authTokens::delete, TokenHolder.ANY);
        ops.read("auth-tokens.get", authTokens::get);
        ops.read("auth-tokens.info", authTokens::info, TokenHolder.ANY);
        ops.read("auth-tokens.list", authTokens::list);
        ops.write("auth-tokens.self.delete", authTokens::deleteOwn, TokenHolder.ANY);
        ops.write("auth-tokens.update", authTokens::update, Scope.READ);

        TagHandlers tags = new TagHandlers(services.tags());
        ops.create("tags.create", tags::create, Scope.ADMIN);
        ops.write("tags.delete", tags::delete, Scope.ADMIN);
        ops.read("tags.get", tags::get);
        ops.read("tags.list", tags::list);
        ops.write("tags.update", tags::update, Scope.ADMIN);

        GroupHandlers groups = new GroupHandlers(services.groups());
        ops.create("groups.create", groups::create, Scope.ADMIN);
        ops.read("groups.get", groups::get);
        ops.read("groups.list", groups::list);
        ops.write("groups.update", groups::update, Scope.ADMIN);
        ops.write("groups.members.add", groups::addMember, Scope.ADMIN);
        ops.read("groups.members.list", groups::listMembers);
        ops.write("groups.members.remove", groups::removeMember, Scope.ADMIN);

        WebhookHandlers webhooks = new WebhookHandlers(services.webhooks());
        ops.create("webhooks.create", webhooks::create, Scope.ADMIN);
        ops.read("webhooks.get", webhooks::get, Scope.ADMIN);
        ops.read("webhooks.list", webhooks::list, Scope.ADMIN);
        ops.write("webhooks.update", webhooks::update, Scope.ADMIN);
        ops.write("webhooks.delete", webhooks::delete, Scope.ADMIN);

        // Roster's own operations: DevRev's conventions, under a prefix that can never collide with DevRev's paths.
        ops.write("_roster/personal-data.export", revUsers::exportPersonalData, Scope.ADMIN);

        // Snapshots of the caller's own dev org, by its admin.
        SnapshotHandlers snapshots = new SnapshotHandlers(services.snapshots());
        ops.create("_roster/snapshots.create", snapshots::create, Scope.ADMIN);
        ops.write("_roster/snapshots.delete", snapshots::delete, Scope.ADMIN);
        ops.write("_roster/snapshots.export", snapshots::export, Scope.ADMIN);
        ops.create("_roster/snapshots.import", snapshots::importDocument, Scope.ADMIN);
        ops.read("_roster/snapshots.list", snapshots::list, Scope.ADMIN);
        ops.write("_roster/snapshots.restore", snapshots::restore, Scope.ADMIN);
        ops.write("_roster/reset", snapshots::reset, Scope.ADMIN);
        FixtureHandlers fixtures = new FixtureHandlers(services.fixtures());
        ops.write("_roster/fixtures.apply", fixtures::apply, Scope.ADMIN);
        ops.read("_roster/fixtures.list", fixtures::list, Scope.ADMIN);

        FaultHandlers faults = new FaultHandlers(services.faults(), name -> ops.find(name).filter(e -> !e.isRosters()).isPresent());
        ops.create("_roster/faults.create", faults::create, Scope.ADMIN);
        ops.write("_roster/faults.delete", faults::delete, Scope.ADMIN);
        ops.write("_roster/faults.clear", faults::clear, Scope.ADMIN);
        ops.read("_roster/faults.list", faults::list, Scope.ADMIN);

        JournalHandlers requests = new JournalHandlers(services.journal());
        ops.write("_roster/requests.clear", requests::clear, Scope.ADMIN);
        ops.read("_roster/requests.list", requests::list, Scope.ADMIN);

        EventHandlers events = new EventHandlers(services.eventLog());
        ops.read("_roster/events.list", events::list, Scope.ADMIN);
        ops.write("_roster/events.redeliver", webhooks::redeliver, Scope.ADMIN);

        return ops;
    }
}
