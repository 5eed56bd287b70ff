package dev.roster.store;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a PostgreSQL server whose autovacuum is off, what autovacuum would do for Roster's tables: each
 * table whose dead rows or changes since its last ANALYZE pass autovacuum's default thresholds is
 * vacuumed and analyzed, in the background. Without it, the rows that every update and delete leave
 * behind are never reclaimed, the planner's statistics never follow the tables' growth, and writes
 * slow down as the tables age (the webhook deliveries, updated twice each, first of all).
 */
public final class Upkeep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Upkeep.class);
    private static final Duration EVERY = Duration.ofSeconds(15);
    /**
     * autovacuum's default thresholds (50 rows and 20% of the table for VACUUM, 50 and 10% for
     * ANALYZE). The names come from the catalog, quoted by PostgreSQL itself: identifiers cannot be
     * bound parameters.
     */
    private static final String DUE = """
        select format('%I', relname) as name from pg_stat_user_tables
        where schemaname = current_schema()
          and (n_dead_tup > 50 + 0.2 * n_live_tup or n_mod_since_analyze > 50 + 0.1 * n_live_tup)
        order by relname""";

    private final Database db;
    /** The background run; null where the upkeep is not needed, or in a test that tidies by hand. */
    private volatile Periodic running;

    Upkeep(Database db) {
        this.db = db;
    }

    /** Starts the upkeep where it is needed: on PostgreSQL with autovacuum off; else does nothing. */
    public static Upkeep start(Database db) {
        Upkeep upkeep = new Upkeep(db);
        if (db.engine() == Engine.POSTGRESQL
            && db.read(tx -> tx.first("select current_setting('autovacuum') as setting", rs -> rs.getString("setting"))).orElse("on")
                .equals("off")) {
            LOG.info("PostgreSQL's autovacuum is off: Roster vacuums and analyzes its own tables when they need it");
            upkeep.running = Periodic.start("roster-upkeep", EVERY, upkeep::tidy, LOG);
        }
        return upkeep;
    }

    /** VACUUM runs in no transaction: on the read pool, whose connections run each statement on its own. */
    void tidy() {
        List<String> due = db.read(tx -> tx.list(DUE, rs -> rs.getString("name")));
        for (String table : due) {
            if (running != null && running.isClosed()) return;
            db.read(tx -> {
                // A large table's VACUUM may outlast the statement timeout meant for requests.
                tx.update("set statement_timeout = 0");
                try {
                    // Another instance's upkeep of the same table is left to finish, not waited for.
                    tx.update("vacuum (analyze, skip_locked) " + table);
                } finally {
                    tx.update("reset statement_timeout");
                }
                return null;
            });
        }
    }

    @Override
    public void close() {
        if (running != null) running.close();
    }
}
