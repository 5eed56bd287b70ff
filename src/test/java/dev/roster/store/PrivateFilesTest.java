package dev.roster.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

/** The data folder and every file of the store are the owner's alone, whatever the umask or an earlier run left. */
class PrivateFilesTest {
    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void a_new_store_is_owner_only() throws Exception {
        Path dir = RosterTestServer.tempDir().resolve("data");
        try (DedicatedServer server = DedicatedServer.start(dir, RosterTestServer.config(dir, null))) {
            server.admin().post("/dev-users.create", "{\"email\":\"a@example.com\",\"state\":\"shadow\"}").assertStatus(201);
            assertEquals("rwx------", mode(dir));
            for (String file : new String[] {"roster.db", "roster.db-wal", "roster.db-shm", "roster.db-changes"}) {
                assertEquals("rw-------", mode(dir.resolve(file)), file);
            }
        }
    }

    @Test
    void files_an_earlier_run_left_open_are_narrowed_at_start() throws Exception {
        Path dir = RosterTestServer.tempDir();
        try (DedicatedServer server = DedicatedServer.start(dir, RosterTestServer.config(dir, null))) {
            server.admin().get("/dev-users.self").assertStatus(200);
        }
        for (String file : new String[] {"roster.db", "roster.db-changes"}) {
            Files.setPosixFilePermissions(dir.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
        }
        try (DedicatedServer server = DedicatedServer.start(dir, RosterTestServer.config(dir, null))) {
            for (String file : new String[] {"roster.db", "roster.db-changes"}) {
                assertEquals("rw-------", mode(dir.resolve(file)), file);
            }
        }
    }
}
