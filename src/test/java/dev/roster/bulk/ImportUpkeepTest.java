package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.cli.CommandRun;
import dev.roster.testing.TestEngine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL an import vacuums and analyzes the tables it filled itself, since the server may run
 * without autovacuum: the planner then knows their sizes, which a table never analyzed leaves unknown.
 */
class ImportUpkeepTest {
    @Test
    void an_import_on_postgresql_leaves_the_tables_it_filled_analyzed() throws Exception {
        try (BulkStore store = BulkStore.start(TestEngine.POSTGRESQL)) {
            Path file = store.write("upkeep.ndjson", "{\"type\":\"account\",\"display_name\":\"Acme\",\"external_refs\":[\"acme\"]}",
                "{\"type\":\"rev_user\",\"external_ref\":\"bo\",\"account\":\"acme\"}",
                "{\"type\":\"rev_user\",\"external_ref\":\"cy\",\"account\":\"acme\"}");

            CommandRun run = store.roster("import", file.toString());

            assertEquals("3 imported, 0 updated, 0 skipped, 0 failed", run.out(), run.err());
            assertEquals(2, knownRows(store, "rev_user"));
            assertEquals(1, knownRows(store, "account"));
        }
    }

    /** The rows the planner believes the table holds: -1 until a VACUUM or ANALYZE has counted them. */
    private static long knownRows(BulkStore store, String table) throws Exception {
        try (Connection db = DriverManager.getConnection(store.dbUrl());
             ResultSet row = db.createStatement().executeQuery("select reltuples from pg_class where oid = '" + table + "'::regclass")) {
            row.next();
            return row.getLong(1);
        }
    }
}
