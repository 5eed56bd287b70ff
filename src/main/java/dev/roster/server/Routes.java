package dev.roster.server;

import dev.roster.auth.Operator;
import dev.roster.auth.Scope;
import dev.roster.accounts.AccountHandlers;
import dev.roster.devorgs.DevOrgHandlers;
import dev.roster.devusers.DevUserHandlers;
import dev.roster.revorgs.RevOrgHandlers;
import dev.roster.revusers.RevUserHandlers;
import dev.roster.snapshots.SnapshotHandlers;
import dev.roster.tags.TagHandlers;
import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;

/** Every operation, its handler and the least scope it needs: the whole API on one screen. */
final class Routes {
    private Routes() {}

    /**
     * A read operation: GET with a query and POST with a body, as DevRev serves them, and HEAD,
     * which answers as GET would (a 401 without a token) but without the body.
     */
    private static void read(Javalin app, String path, Handler handler) {
        read(app, path, handler, Scope.READ);
    }

    private static void read(Javalin app, String path, Handler handler, RouteRole role) {
        app.get(path, handler, role);
        app.head(path, handler, role);
        app.post(path, handler, role);
    }

    static void register(Javalin app, Services services, SystemHandlers system) {
        app.get("/health", system::health);
        app.get("/ready", system::ready);
        app.get("/metrics", system::metrics);
        app.get("/openapi.json", system::openApi);

        DevUserHandlers devUsers = new DevUserHandlers(services.devUsers());
        app.post("/dev-users.activate", devUsers::activate, Scope.ADMIN);
        app.post("/dev-users.create", devUsers::create, Scope.ADMIN);
        app.post("/dev-users.deactivate", devUsers::deactivate, Scope.ADMIN);
        read(app, "/dev-users.get", devUsers::get);
        app.post("/dev-users.identities.link", devUsers::linkIdentity, Scope.WRITE);
        app.post("/dev-users.identities.unlink", devUsers::unlinkIdentity, Scope.WRITE);
        read(app, "/dev-users.list", devUsers::list);
        app.post("/dev-users.merge", devUsers::merge, Scope.ADMIN);
        read(app, "/dev-users.self", devUsers::self);
        app.post("/dev-users.self.update", devUsers::updateSelf, Scope.WRITE);
        app.post("/dev-users.update", devUsers::update, Scope.WRITE);

        AccountHandlers accounts = new AccountHandlers(services.accounts());
        app.post("/accounts.create", accounts::create, Scope.ADMIN);
        app.post("/accounts.delete", accounts::delete, Scope.ADMIN);
        read(app, "/accounts.export", accounts::export);
        read(app, "/accounts.get", accounts::get);
        read(app, "/accounts.list", accounts::list);
        app.post("/accounts.merge", accounts::merge, Scope.ADMIN);
        app.post("/accounts.update", accounts::update, Scope.ADMIN);

        RevOrgHandlers revOrgs = new RevOrgHandlers(services.revOrgs());
        app.post("/rev-orgs.create", revOrgs::create, Scope.ADMIN);
        app.post("/rev-orgs.delete", revOrgs::delete, Scope.ADMIN);
        read(app, "/rev-orgs.get", revOrgs::get);
        read(app, "/rev-orgs.list", revOrgs::list);
        app.post("/rev-orgs.update", revOrgs::update, Scope.ADMIN);

        RevUserHandlers revUsers = new RevUserHandlers(services.revUsers());
        app.post("/rev-users.associations.add", revUsers::addAssociations, Scope.ADMIN);
        read(app, "/rev-users.associations.list", revUsers::listAssociations);
        app.post("/rev-users.associations.remove", revUsers::removeAssociations, Scope.ADMIN);
        app.post("/rev-users.create", revUsers::create, Scope.ADMIN);
        app.post("/rev-users.delete", revUsers::delete, Scope.ADMIN);
        app.post("/rev-users.delete-personal-data", revUsers::deletePersonalData, Scope.ADMIN);
        read(app, "/rev-users.get", revUsers::get);
        app.post("/rev-users.link", revUsers::link, Scope.ADMIN);
        read(app, "/rev-users.list", revUsers::list);
        app.post("/rev-users.merge", revUsers::merge, Scope.ADMIN);
        app.post("/rev-users.personal-data", revUsers::personalData, Scope.ADMIN);
        read(app, "/rev-users.scan", revUsers::scan);
        app.post("/rev-users.unlink", revUsers::unlink, Scope.ADMIN);
        app.post("/rev-users.update", revUsers::update, Scope.ADMIN);

        TagHandlers tags = new TagHandlers(services.tags());
        app.post("/tags.create", tags::create, Scope.ADMIN);
        app.post("/tags.delete", tags::delete, Scope.ADMIN);
        read(app, "/tags.get", tags::get);
        read(app, "/tags.list", tags::list);
        app.post("/tags.update", tags::update, Scope.ADMIN);

        // Roster's own operations: DevRev's conventions, under a prefix that can never collide with DevRev's paths.
        app.post("/_roster/personal-data.export", revUsers::exportPersonalData, Scope.ADMIN);

        // Tenants: only the operator token opens these, and it opens nothing else.
        DevOrgHandlers devOrgs = new DevOrgHandlers(services.devOrgs());
        app.post("/_roster/dev-orgs.create", devOrgs::create, Operator.TOKEN);
        app.post("/_roster/dev-orgs.delete", devOrgs::delete, Operator.TOKEN);
        read(app, "/_roster/dev-orgs.list", devOrgs::list, Operator.TOKEN);

        // Snapshots of the caller's own dev org, by its admin.
        SnapshotHandlers snapshots = new SnapshotHandlers(services.snapshots());
        app.post("/_roster/snapshots.create", snapshots::create, Scope.ADMIN);
        app.post("/_roster/snapshots.delete", snapshots::delete, Scope.ADMIN);
        app.post("/_roster/snapshots.export", snapshots::export, Scope.ADMIN);
        app.post("/_roster/snapshots.import", snapshots::importDocument, Scope.ADMIN);
        read(app, "/_roster/snapshots.list", snapshots::list, Scope.ADMIN);
        app.post("/_roster/snapshots.restore", snapshots::restore, Scope.ADMIN);
        app.post("/_roster/reset", snapshots::reset, Scope.ADMIN);
    }
}
