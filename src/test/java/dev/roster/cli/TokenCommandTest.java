package dev.roster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.Main;
import dev.roster.server.RosterServer;
import dev.roster.testing.Api;
import dev.roster.testing.RosterTestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code roster token create|revoke} against a real store, as an operator runs them. */
class TokenCommandTest {
    private record Run(int exit, String out, String err) {}

    private static Run roster(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new Main()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8).trim(), err.toString(StandardCharsets.UTF_8).trim());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void a_created_token_works_with_its_scope_until_revoked() {
        Path dir = RosterTestServer.tempDir();
        try (RosterServer server = RosterServer.start(RosterTestServer.config(dir, null), Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + server.port();
            new Api(base, server.generatedAdminToken().orElseThrow())
                .post("/dev-users.create", "{\"email\":\"ada@example.com\",\"state\":\"shadow\"}").assertStatus(201);

            Run created = roster("token", "create", "--email", "ADA@example.com", "--scope", "read", "--data-dir", dir.toString());
            assertEquals(0, created.exit(), created.err());
            Api ada = new Api(base, created.out());
            assertEquals("ada@example.com", ada.get("/dev-users.self").assertStatus(200).at("/dev_user/email"));
            ada.post("/dev-users.self.update", "{\"full_name\":\"Ada\"}").assertError(403, "forbidden", null);

            Run revoked = roster("token", "revoke", created.out(), "--data-dir", dir.toString());
            assertEquals(0, revoked.exit(), revoked.err());
            ada.get("/dev-users.self").assertError(401, "unauthenticated", null);
            assertEquals(1, roster("token", "revoke", created.out(), "--data-dir", dir.toString()).exit());
        }
    }

    @Test
    void unknown_emails_and_scopes_are_refused_with_a_message() {
        Path dir = RosterTestServer.tempDir();
        try (RosterServer server = RosterServer.start(RosterTestServer.config(dir, null), Clock.systemUTC())) {
            Run unknown = roster("token", "create", "--email", "nobody@example.com", "--data-dir", dir.toString());
            assertEquals(1, unknown.exit());
            assertTrue(unknown.err().contains("nobody@example.com"), unknown.err());
            Run badScope = roster("token", "create", "--email", "admin@roster.local", "--scope", "root", "--data-dir", dir.toString());
            assertEquals(2, badScope.exit());
            assertTrue(badScope.err().contains("read, write or admin"), badScope.err());
        }
    }
}
