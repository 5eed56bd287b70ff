package dev.roster.bulk;

import dev.roster.store.Database;
import dev.roster.store.Engine;

/**
 * On PostgreSQL, VACUUM ANALYZE of the tables an import fills, each time the lines committed since the
 * last one reach a fifth of all so far (and at the end): what autovacuum would do, done by the import
 * itself, since a server may run without autovacuum, or with it too slow for a large import. Without
 * it, on a server with autovacuum off, each rev user's line cost PostgreSQL about 0.4 ms of CPU at
 * 20,000 lines and 1.85 ms on average over 100,000: the row each line inserts and then updates (its
 * dates) leaves a dead version in the heap and in 8 indexes, and nothing ever took them away.
 */
final class Tidying {
    /** Lines before the first tidying, and the fewest between two. */
    private static final long AT_LEAST = 5_000;

    private final Database db;
    private final ImportStore store;
    private long committed, atLast;

    Tidying(Database db, ImportStore store) {
        this.db = db;
        this.store = store;
    }

    /** Counts {@code lines} more committed, and tidies if that is due. */
    void committed(long lines) {
        committed += lines;
        long since = committed - atLast;
        if (since >= Math.max(AT_LEAST, committed / 5)) tidy();
    }

    /** Tidies whatever was committed since the last time; an import's last step. */
    void finish() {
        if (committed > atLast) tidy();
    }

    private void tidy() {
        atLast = committed;
        if (db.engine() != Engine.POSTGRESQL) return;
        // VACUUM runs in no transaction: on a connection of the pool that runs each statement on its own.
        db.read(tx -> {
            store.vacuumAnalyze(tx);
            return null;
        });
    }
}
