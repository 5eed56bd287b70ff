package dev.roster.server;

import dev.roster.fixtures.Fixtures;
import dev.roster.journal.JournalService;
import dev.roster.store.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * The database, open and migrated, with the services over it and an empty store bootstrapped: the
 * part of a start that needs the store, which runs while another thread sets up the HTTP stack.
 */
record PreparedStore(Database db, Services services, Bootstrap.Outcome bootstrap) {
    static PreparedStore prepare(RosterConfig config, Clock clock, Optional<String> operatorToken, Fixtures fixtures,
                                 Optional<String> seed, JournalService journal) {
        Database db = Database.open(config.databaseSettings());
        try {
            // Token revocations by the CLI or another server reach the token cache through it.
            db.changes().follow();
            Services services = Services.over(db, clock, config.serviceSettings(), fixtures, journal);
            Bootstrap.Outcome bootstrap = Bootstrap.run(services, config.bootstrapToken(), config.bootstrapEmail(),
                operatorToken, seed);
            return new PreparedStore(db, services, bootstrap);
        } catch (RuntimeException | Error e) {
            db.close();
            throw e;
        }
    }
}
