package dev.roster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.server.RosterConfig;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A store whose history lists this build's migrations opens without Flyway; one whose history differs
 * is still Flyway's to judge, on both engines.
 */
class MigrationsTest {
    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void the_bundled_migrations_are_what_flyway_records(TestEngine engine) {
        try (Database db = Database.open(settings(engine))) {
            Set<Migrations.Applied> recorded = new HashSet<>(db.read(tx -> tx.list(
                "select version, script, checksum from flyway_schema_history where type = 'SQL'",
                rs -> new Migrations.Applied(rs.getString("version"), rs.getString("script"), rs.getInt("checksum")))));
            assertEquals(recorded, Migrations.bundled().orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void an_up_to_date_store_opens_again_unchanged(TestEngine engine) {
        var settings = settings(engine);
        try (Database db = Database.open(settings)) {
            db.perform(tx -> tx.update("insert into dev_org (display_name, dev_slug, created_date) values ('kept', 'kept', 0)"));
        }
        try (Database db = Database.open(settings)) {
            assertEquals(Set.of("kept"), Set.copyOf(db.read(tx -> tx.list("select dev_slug from dev_org", rs -> rs.getString(1)))));
            assertEquals(Migrations.bundled().orElseThrow().size(),
                db.read(tx -> tx.first("select count(*) from flyway_schema_history where type = 'SQL'", rs -> rs.getInt(1)))
                    .orElseThrow());
        }
    }

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void a_store_whose_history_differs_is_left_to_flyway(TestEngine engine) {
        var settings = settings(engine);
        try (Database db = Database.open(settings)) {
            db.perform(tx -> tx.update("update flyway_schema_history set checksum = checksum + 1 where version = '1'"));
        }
        RuntimeException refused = assertThrows(RuntimeException.class, () -> Database.open(settings).close());
        assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
    }

    private static Database.Settings settings(TestEngine engine) {
        RosterConfig config = RosterTestServer.config(RosterTestServer.tempDir(), RosterTestServer.freshStore(engine));
        return config.databaseSettings();
    }
}
