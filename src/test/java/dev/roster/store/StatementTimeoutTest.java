package dev.roster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A statement that runs past the timeout is stopped, on both engines, and the next one runs. */
class StatementTimeoutTest {
    private static final String ENDLESS = "with recursive c(x) as (select 1 union all select x + 1 from c where x < 2000000000)"
        + " select count(*) from c";

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void a_statement_past_the_timeout_is_cancelled(TestEngine engine) {
        String url = RosterTestServer.freshStore(engine);
        var config = RosterTestServer.config(RosterTestServer.tempDir(), url).withStatementTimeout(Duration.ofSeconds(1));
        try (Database db = Database.open(config.databaseSettings())) {
            long started = System.nanoTime();
            StoreException stopped = assertThrows(StoreException.class,
                () -> db.read(tx -> tx.first(ENDLESS, rs -> rs.getLong(1))));
            assertTrue(stopped.isTimeout(), stopped.getMessage());
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(60).toNanos(), "stopped, not run to its end");
            assertEquals(1L, db.read(tx -> tx.first("select 1", rs -> rs.getLong(1))).orElseThrow());
        }
    }
}
