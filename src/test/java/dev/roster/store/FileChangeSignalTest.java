package dev.roster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileChangeSignalTest {
    @Test
    void the_counter_file_sits_beside_the_database_a_url_names() {
        assertEquals(Path.of("/data/roster.db"), FileChangeSignal.databaseFile("jdbc:sqlite:/data/roster.db"));
        assertEquals(Path.of("/data/roster.db"), FileChangeSignal.databaseFile("jdbc:sqlite:file:/data/roster.db?cache=shared"));
        assertEquals(Path.of("/data/roster.db"), FileChangeSignal.databaseFile("jdbc:sqlite:file:///data/roster.db"));
        assertEquals(Path.of("/data/roster.db"), FileChangeSignal.databaseFile("jdbc:sqlite:file://localhost/data/roster.db"));
        assertEquals(Path.of("/my data/roster.db"), FileChangeSignal.databaseFile("jdbc:sqlite:file:/my%20data/roster.db"));
        assertEquals(Path.of("rel.db").toAbsolutePath(), FileChangeSignal.databaseFile("jdbc:sqlite:rel.db"));
    }

    @Test
    void every_spelling_of_the_database_path_leads_to_one_counter() throws Exception {
        Path dir = Files.createTempDirectory("roster-signal");
        Path link = Files.createSymbolicLink(dir.resolveSibling(dir.getFileName() + "-link"), dir);
        Path viaLink = link.resolve("roster.db");
        assertEquals(FileChangeSignal.counterFile(dir.resolve("roster.db")), FileChangeSignal.counterFile(viaLink));
        Files.createFile(dir.resolve("roster.db"));
        assertEquals(dir.toRealPath().resolve("roster.db-changes"), FileChangeSignal.counterFile(viaLink));
    }

    @Test
    void an_in_memory_database_has_no_counter_file_and_a_version_its_own_commits_move() {
        assertNull(FileChangeSignal.databaseFile("jdbc:sqlite::memory:"));
        assertNull(FileChangeSignal.databaseFile("jdbc:sqlite:"));
        assertNull(FileChangeSignal.databaseFile("jdbc:sqlite:file:shared?mode=memory&cache=shared"));
        assertNull(FileChangeSignal.databaseFile("jdbc:sqlite:file:/roster-1?vfs=memdb"));
        try (ChangeSignal signal = FileChangeSignal.open("jdbc:sqlite::memory:")) {
            long before = signal.version();
            assertNotEquals(ChangeSignal.UNKNOWN, before);
            Tx tx = new Tx(null, Engine.SQLITE, null, null, signal);
            signal.announce(tx);
            assertEquals(before, signal.version(), "nothing moves before the commit");
            tx.committed();
            assertNotEquals(before, signal.version());
        }
    }

    @Test
    void a_commit_in_one_opening_moves_the_version_every_opening_reads() throws Exception {
        Path dir = Files.createTempDirectory("roster-signal");
        String url = "jdbc:sqlite:" + dir.resolve("roster.db");
        try (ChangeSignal reader = FileChangeSignal.open(url); ChangeSignal writer = FileChangeSignal.open(url)) {
            long before = reader.version();
            Tx tx = new Tx(null, Engine.SQLITE, null, null, writer);
            writer.announce(tx);
            assertEquals(before, reader.version(), "nothing moves before the commit");
            tx.committed();
            assertNotEquals(before, reader.version());
            assertEquals(reader.version(), writer.version());
        }
    }
}
