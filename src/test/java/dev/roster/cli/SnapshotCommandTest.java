package dev.roster.cli;

import static dev.roster.cli.CommandRun.roster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code roster snapshot export|import} against a real store, restored over HTTP. */
class SnapshotCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void a_snapshot_exported_from_one_dev_org_imports_into_the_default_and_restores_there() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            String dir = server.dataDir().toString();
            JsonNode other = server.client(server.server().generatedOperatorToken().orElseThrow())
                .post("/_roster/dev-orgs.create", "{\"admin_email\":\"b@example.com\"}").assertStatus(201).body();
            Api b = server.client(other.get("token").asText());
            b.post("/accounts.create", "{\"display_name\":\"From B\"}").assertStatus(201);
            b.post("/_roster/snapshots.create", "{\"name\":\"b1\"}").assertStatus(201);
            Path file = server.dataDir().resolve("b1.json");

            CommandRun exported = roster("snapshot", "export", "--dev-org", other.at("/dev_org/display_id").asText(), "b1",
                file.toString(), "--data-dir", dir);
            assertEquals(0, exported.exit(), exported.err());
            assertEquals(1, MAPPER.readTree(file.toFile()).get("version").asInt());
            CommandRun toStdout = roster("snapshot", "export", "--dev-org", other.at("/dev_org/id").asText(), "b1", "-",
                "--data-dir", dir);
            assertEquals(MAPPER.readTree(file.toFile()), MAPPER.readTree(toStdout.out()));

            CommandRun imported = roster("snapshot", "import", "fromb", file.toString(), "--data-dir", dir);
            assertEquals(0, imported.exit(), imported.err());
            assertEquals("imported fromb (3 objects)", imported.out());

            java.io.InputStream stdin = System.in;
            try {
                System.setIn(Files.newInputStream(file));
                CommandRun piped = roster("snapshot", "import", "--dev-org", "DEV-1", "piped", "-", "--data-dir", dir);
                assertEquals(0, piped.exit(), piped.err());
            } finally {
                System.setIn(stdin);
            }

            server.admin().post("/_roster/snapshots.restore", "{\"name\":\"fromb\"}").assertStatus(200);
            Api copy = server.client(server.token("b@example.com", Scope.ADMIN));
            assertEquals("From B", copy.get("/accounts.list").assertStatus(200).at("/accounts/0/display_name"));
            assertEquals("From B", b.get("/accounts.list").assertStatus(200).at("/accounts/0/display_name"));
        }
    }

    @Test
    void refusals_are_one_line() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            String dir = server.dataDir().toString();
            Path file = server.dataDir().resolve("x.json");
            CommandRun unknown = roster("snapshot", "export", "nope", file.toString(), "--data-dir", dir);
            assertEquals(1, unknown.exit());
            assertTrue(unknown.err().contains("snapshot 'nope' not found"), unknown.err());
            assertEquals(1, unknown.err().strip().lines().count(), unknown.err());

            Files.writeString(file, "{\"version\":9,\"tables\":{}}");
            CommandRun badVersion = roster("snapshot", "import", "x", file.toString(), "--data-dir", dir);
            assertEquals(1, badVersion.exit());
            assertTrue(badVersion.err().contains("document.version"), badVersion.err());
            Files.writeString(file, "[1");
            assertEquals(1, roster("snapshot", "import", "x", file.toString(), "--data-dir", dir).exit());
            assertEquals(1, roster("snapshot", "import", "x", file + ".missing", "--data-dir", dir).exit());
            assertEquals(1, roster("snapshot", "export", "--dev-org", "DEV-99999", "initial", "-", "--data-dir", dir).exit());
        }
    }
}
