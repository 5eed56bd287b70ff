package dev.roster.server;

import dev.roster.auth.Scope;
import dev.roster.accounts.AccountHandlers;
import dev.roster.devusers.DevUserHandlers;
import dev.roster.revorgs.RevOrgHandlers;
import dev.roster.revusers.RevUserHandlers;
import dev.roster.tags.TagHandlers;
import io.javalin.Javalin;

/** Every operation, its handler and the least scope it needs: the whole API on one screen. */
final class Routes {
    private Routes() {}

    static void register(Javalin app, Services services, SystemHandlers system) {
        app.get("/health", system::health);
        app.get("/ready", system::ready);
        app.get("/metrics", system::metrics);
        app.get("/openapi.json", system::openApi);

        DevUserHandlers devUsers = new DevUserHandlers(services.devUsers());
        app.post("/dev-users.activate", devUsers::activate, Scope.ADMIN);
        app.post("/dev-users.create", devUsers::create, Scope.ADMIN);
        app.post("/dev-users.deactivate", devUsers::deactivate, Scope.ADMIN);
        app.get("/dev-users.get", devUsers::get, Scope.READ);
        app.post("/dev-users.get", devUsers::get, Scope.READ);
        app.post("/dev-users.identities.link", devUsers::linkIdentity, Scope.WRITE);
        app.post("/dev-users.identities.unlink", devUsers::unlinkIdentity, Scope.WRITE);
        app.get("/dev-users.list", devUsers::list, Scope.READ);
        app.post("/dev-users.list", devUsers::list, Scope.READ);
        app.post("/dev-users.merge", devUsers::merge, Scope.ADMIN);
        app.get("/dev-users.self", devUsers::self, Scope.READ);
        app.post("/dev-users.self", devUsers::self, Scope.READ);
        app.post("/dev-users.self.update", devUsers::updateSelf, Scope.WRITE);
        app.post("/dev-users.update", devUsers::update, Scope.WRITE);

        AccountHandlers accounts = new AccountHandlers(services.accounts());
        app.post("/accounts.create", accounts::create, Scope.ADMIN);
        app.post("/accounts.delete", accounts::delete, Scope.ADMIN);
        app.get("/accounts.export", accounts::export, Scope.READ);
        app.post("/accounts.export", accounts::export, Scope.READ);
        app.get("/accounts.get", accounts::get, Scope.READ);
        app.post("/accounts.get", accounts::get, Scope.READ);
        app.get("/accounts.list", accounts::list, Scope.READ);
        app.post("/accounts.list", accounts::list, Scope.READ);
        app.post("/accounts.merge", accounts::merge, Scope.ADMIN);
        app.post("/accounts.update", accounts::update, Scope.ADMIN);

        RevOrgHandlers revOrgs = new RevOrgHandlers(services.revOrgs());
        app.post("/rev-orgs.create", revOrgs::create, Scope.ADMIN);
        app.post("/rev-orgs.delete", revOrgs::delete, Scope.ADMIN);
        app.get("/rev-orgs.get", revOrgs::get, Scope.READ);
        app.post("/rev-orgs.get", revOrgs::get, Scope.READ);
        app.get("/rev-orgs.list", revOrgs::list, Scope.READ);
        app.post("/rev-orgs.list", revOrgs::list, Scope.READ);
        app.post("/rev-orgs.update", revOrgs::update, Scope.ADMIN);

        RevUserHandlers revUsers = new RevUserHandlers(services.revUsers());
        app.post("/rev-users.associations.add", revUsers::addAssociations, Scope.ADMIN);
        app.get("/rev-users.associations.list", revUsers::listAssociations, Scope.READ);
        app.post("/rev-users.associations.list", revUsers::listAssociations, Scope.READ);
        app.post("/rev-users.associations.remove", revUsers::removeAssociations, Scope.ADMIN);
        app.post("/rev-users.create", revUsers::create, Scope.ADMIN);
        app.post("/rev-users.delete", revUsers::delete, Scope.ADMIN);
        app.post("/rev-users.delete-personal-data", revUsers::deletePersonalData, Scope.ADMIN);
        app.get("/rev-users.get", revUsers::get, Scope.READ);
        app.post("/rev-users.get", revUsers::get, Scope.READ);
        app.post("/rev-users.link", revUsers::link, Scope.ADMIN);
        app.get("/rev-users.list", revUsers::list, Scope.READ);
        app.post("/rev-users.list", revUsers::list, Scope.READ);
        app.post("/rev-users.merge", revUsers::merge, Scope.ADMIN);
        app.post("/rev-users.personal-data", revUsers::personalData, Scope.ADMIN);
        app.get("/rev-users.scan", revUsers::scan, Scope.READ);
        app.post("/rev-users.scan", revUsers::scan, Scope.READ);
        app.post("/rev-users.unlink", revUsers::unlink, Scope.ADMIN);
        app.post("/rev-users.update", revUsers::update, Scope.ADMIN);

        TagHandlers tags = new TagHandlers(services.tags());
        app.post("/tags.create", tags::create, Scope.ADMIN);
        app.post("/tags.delete", tags::delete, Scope.ADMIN);
        app.get("/tags.get", tags::get, Scope.READ);
        app.post("/tags.get", tags::get, Scope.READ);
        app.get("/tags.list", tags::list, Scope.READ);
        app.post("/tags.list", tags::list, Scope.READ);
        app.post("/tags.update", tags::update, Scope.ADMIN);

        // Roster's own operations: DevRev's conventions, under a prefix that can never collide with DevRev's paths.
        app.post("/_roster/personal-data.export", revUsers::exportPersonalData, Scope.ADMIN);
    }
}
