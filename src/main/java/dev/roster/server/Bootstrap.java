package dev.roster.server;

import dev.roster.devorgs.CreateDevOrg;
import dev.roster.devorgs.CreatedDevOrg;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start on an empty store: creates the default dev org, its admin dev user and an admin
 * token. Answers whether it did, and the token's secret when it generated one (to be printed once).
 */
final class Bootstrap {
    /** What a start found: an empty store it set up (with a token it made, or the chosen one), or a store in use. */
    record Outcome(boolean createdStore, Optional<String> generatedToken) {
        static final Outcome EXISTING = new Outcome(false, Optional.empty());
    }

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private Bootstrap() {}

    static Outcome run(Services services, String chosenToken, String adminEmail) {
        Optional<CreatedDevOrg> created = services.devOrgs().createDefault(
            new CreateDevOrg("Default", "default", adminEmail, Optional.ofNullable(chosenToken)));
        if (created.isEmpty()) {
            if (chosenToken != null) LOG.info("ROSTER_BOOTSTRAP_TOKEN ignored: the store already has a dev org");
            return Outcome.EXISTING;
        }
        if (chosenToken != null) {
            LOG.info("created the default dev org with admin {} and the bootstrap token", adminEmail);
            return new Outcome(true, Optional.empty());
        }
        LOG.info("created the default dev org with admin {}", adminEmail);
        return new Outcome(true, Optional.of(created.get().token()));
    }
}
