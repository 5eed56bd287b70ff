package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.testing.DedicatedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An erasure of personal data leaves nothing of it readable in SQLite's files, not even in free pages or the log. */
class ErasureLeavesNoTraceTest {
    private static final String[] TRACES = {"zelda-erase-me@example.com", "Zelda Tracewright", "+15550199876",
        "zelda-external-ref-1234"};

    private static String bytesOf(Path file) throws Exception {
        return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1) : "";
    }

    @Test
    void erased_rev_users_are_not_in_the_database_file_or_its_log() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            var admin = server.admin();
            admin.post("/rev-users.create", "{\"email\":\"" + TRACES[0] + "\",\"display_name\":\"" + TRACES[1]
                + "\",\"phone_numbers\":[\"" + TRACES[2] + "\"],\"external_ref\":\"" + TRACES[3] + "\"}").assertStatus(201);
            admin.post("/rev-users.create", "{\"email\":\"someone-else@example.com\"}").assertStatus(201);
            admin.post("/rev-users.delete-personal-data", "{\"email\":\"" + TRACES[0] + "\"}").assertStatus(200);
            assertEquals(1, admin.get("/rev-users.list").assertStatus(200).body().get("rev_users").size());

            Path db = server.dataDir().resolve("roster.db");
            String everything = bytesOf(db) + bytesOf(db.resolveSibling("roster.db-wal"));
            for (String trace : TRACES) assertFalse(everything.contains(trace), trace + " is still readable on disk");
        }
    }
}
