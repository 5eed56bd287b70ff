package dev.roster.server;

import dev.roster.devorgs.CreateDevOrg;
import dev.roster.devorgs.CreatedDevOrg;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start on an empty store: creates the default dev org, its admin dev user and an admin
 * token, and the operator token (also at the first start after an upgrade that added it). Answers
 * what it made, with the secrets it generated (to be printed once).
 */
final class Bootstrap {
    /** What a start found: a new store or operator token (with the secrets it generated), or a store in use. */
    record Outcome(boolean createdStore, Optional<String> generatedToken, boolean createdOperatorToken,
                   Optional<String> generatedOperatorToken) {}

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private Bootstrap() {}

    /** {@code seed} names a fixture to apply to the default dev org, in the transaction that creates it. */
    static Outcome run(Services services, String chosenToken, String adminEmail, Optional<String> chosenOperatorToken,
                       Optional<String> seed) {
        Optional<CreatedDevOrg> created = services.devOrgs().createDefault(
            new CreateDevOrg("Default", "default", adminEmail, Optional.ofNullable(chosenToken), seed));
        Optional<String> operatorToken = services.operators().createIfAbsent(chosenOperatorToken);
        if (operatorToken.isEmpty() && chosenOperatorToken.isPresent()) {
            LOG.info("ROSTER_OPERATOR_TOKEN ignored: the store already has an operator token");
        }
        Optional<String> generatedOperatorToken = operatorToken.filter(token -> chosenOperatorToken.isEmpty());
        if (created.isEmpty()) {
            if (chosenToken != null) LOG.info("ROSTER_BOOTSTRAP_TOKEN ignored: the store already has a dev org");
            seed.ifPresent(name -> LOG.info("--seed {} ignored: the store already has a dev org", name));
            return new Outcome(false, Optional.empty(), operatorToken.isPresent(), generatedOperatorToken);
        }
        LOG.info(chosenToken != null ? "created the default dev org with admin {} and the bootstrap token"
            : "created the default dev org with admin {}", adminEmail);
        seed.ifPresent(name -> LOG.info("seeded the default dev org with fixture {}", name));
        return new Outcome(true, chosenToken != null ? Optional.empty() : Optional.of(created.get().token()),
            operatorToken.isPresent(), generatedOperatorToken);
    }
}
