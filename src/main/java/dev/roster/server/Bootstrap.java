package dev.roster.server;

import dev.roster.auth.Scope;
import dev.roster.auth.TokenService;
import dev.roster.devorgs.DevOrgService;
import dev.roster.devusers.DevUserService;
import dev.roster.store.Database;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start on an empty store: creates the default dev org, its admin dev user and an admin
 * token. Answers the token's secret when it was generated (to be printed once).
 */
final class Bootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private Bootstrap() {}

    static Optional<String> run(Database db, Services services, String chosenToken, String adminEmail) {
        return db.write(tx -> {
            if (services.devOrgs().defaultOrg(tx).isPresent()) {
                if (chosenToken != null) LOG.info("ROSTER_BOOTSTRAP_TOKEN ignored: the store already has a dev org");
                return Optional.<String>empty();
            }
            long org = services.devOrgs().create(tx, "Default", "default");
            long admin = services.devUsers().createAdmin(tx, org, adminEmail);
            if (chosenToken != null) {
                services.tokens().issue(tx, org, admin, Scope.ADMIN, chosenToken);
                LOG.info("created the default dev org with admin {} and the bootstrap token", adminEmail);
                return Optional.<String>empty();
            }
            LOG.info("created the default dev org with admin {}", adminEmail);
            return Optional.of(services.tokens().issue(tx, org, admin, Scope.ADMIN));
        });
    }
}
