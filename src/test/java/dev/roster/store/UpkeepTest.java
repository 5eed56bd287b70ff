package dev.roster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL, a table whose updates left many dead rows is vacuumed and analyzed by the upkeep,
 * and the pool's connections keep the requests' statement timeout afterwards.
 */
class UpkeepTest {
    @Test
    void a_table_with_many_dead_rows_is_vacuumed_and_analyzed() {
        String url = RosterTestServer.freshStore(TestEngine.POSTGRESQL);
        var config = RosterTestServer.config(RosterTestServer.tempDir(), url).withStatementTimeout(Duration.ofSeconds(1));
        try (Database db = Database.open(config.databaseSettings())) {
            db.write(tx -> {
                for (int i = 0; i < 400; i++) {
                    tx.update("insert into dev_org (display_name, dev_slug, created_date) values (?, ?, 0)", "org " + i, "org-" + i);
                }
                return tx.update("update dev_org set display_name = display_name || '!'");
            });
            // The counters reach the statistics a moment after the commit.
            awaitTrue(() -> stat(db, "n_dead_tup") >= 400, "the dead rows counted");
            long vacuums = stat(db, "vacuum_count");

            new Upkeep(db).tidy();

            assertEquals(vacuums + 1, stat(db, "vacuum_count"), "dev_org vacuumed once");
            assertTrue(stat(db, "analyze_count") >= 1, "and analyzed");
            assertEquals(1L, db.read(tx -> tx.first("select 1", rs -> rs.getLong(1))).orElseThrow(),
                "the pool's connections keep working");
            assertEquals("1s", db.read(tx -> tx.first("show statement_timeout", rs -> rs.getString(1))).orElseThrow(),
                "and keep the requests' statement timeout");
        }
    }

    private static long stat(Database db, String column) {
        return db.read(tx -> tx.first("select " + column + " as n from pg_stat_user_tables where relname = 'dev_org'"
            + " and schemaname = current_schema()", rs -> rs.getLong("n"))).orElseThrow();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("never saw " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
    }
}
