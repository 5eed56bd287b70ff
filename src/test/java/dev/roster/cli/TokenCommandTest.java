package dev.roster.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.roster.cli.CommandRun.roster;

import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code roster token create|revoke|list} against a real store, as an operator runs them. */
class TokenCommandTest {
    @Test
    void a_created_token_works_with_its_scope_until_revoked() {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            Path dir = server.dataDir();
            server.admin().post("/dev-users.create", "{\"email\":\"ada@example.com\",\"state\":\"shadow\"}").assertStatus(201);

            CommandRun created = roster("token", "create", "--email", "ADA@example.com", "--scope", "read", "--data-dir", dir.toString());
            assertEquals(0, created.exit(), created.err());
            Api ada = server.client(created.out());
            assertEquals("ada@example.com", ada.get("/dev-users.self").assertStatus(200).at("/dev_user/email"));
            ada.post("/dev-users.self.update", "{\"full_name\":\"Ada\"}").assertError(403, "forbidden", null);

            String id = ada.get("/auth-tokens.list").assertStatus(200).at("/tokens/0/display_id");
            CommandRun listed = roster("token", "list", "--email", "ada@example.com", "--data-dir", dir.toString());
            assertEquals(0, listed.exit(), listed.err());
            assertTrue(listed.out().contains(id) && listed.out().contains("\"active\""), listed.out());
            assertFalse(listed.out().contains(created.out()), "list shows metadata, never the token");

            CommandRun revoked = roster("token", "revoke", id, "--data-dir", dir.toString());
            assertEquals(0, revoked.exit(), revoked.err());
            ada.get("/dev-users.self").assertError(401, "unauthenticated", null);
            assertEquals(1, roster("token", "revoke", id, "--data-dir", dir.toString()).exit());
            CommandRun unknown = roster("token", "revoke", "TOKEN-999999", "--data-dir", dir.toString());
            assertEquals(1, unknown.exit());
            assertTrue(unknown.err().contains("TOKEN-999999 not found"), unknown.err());
        }
    }

    @Test
    void unknown_emails_and_scopes_are_refused_with_a_message() {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            Path dir = server.dataDir();
            CommandRun unknown = roster("token", "create", "--email", "nobody@example.com", "--data-dir", dir.toString());
            assertEquals(1, unknown.exit());
            assertTrue(unknown.err().contains("nobody@example.com"), unknown.err());
            assertTrue(unknown.err().contains(dir.resolve("roster.db").toString()), "names the database searched: " + unknown.err());
            CommandRun badScope = roster("token", "create", "--email", "admin@roster.local", "--scope", "root", "--data-dir", dir.toString());
            assertEquals(2, badScope.exit());
            assertTrue(badScope.err().contains("read, write or admin"), badScope.err());
        }
    }

    @Test
    void expires_in_sets_the_life_of_a_created_token_in_days() {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            Path dir = server.dataDir();
            CommandRun created = roster("token", "create", "--email", "admin@roster.local", "--expires-in", "2",
                "--data-dir", dir.toString());
            assertEquals(0, created.exit(), created.err());
            var token = server.client(created.out()).get("/auth-tokens.info").assertStatus(200).body().get("token");
            assertEquals(2 * 86_400, token.get("expiry").asLong() - token.get("issued_at").asLong(), token.toString());
            CommandRun refused = roster("token", "create", "--email", "admin@roster.local", "--expires-in", "0",
                "--data-dir", dir.toString());
            assertEquals(2, refused.exit());
            assertTrue(refused.err().contains("--expires-in must be from 1 to 3650 days, got 0"), refused.err());
        }
    }

    @Test
    void a_token_command_never_creates_a_store_and_names_where_it_looked() {
        Path dir = RosterTestServer.tempDir().resolve("nothing-here");
        CommandRun create = roster("token", "create", "--email", "admin@roster.local", "--data-dir", dir.toString());
        assertEquals(1, create.exit());
        assertTrue(create.err().startsWith("roster: no Roster store at " + dir.resolve("roster.db")), create.err());
        assertEquals(1, create.err().lines().count(), create.err());
        CommandRun revoke = roster("token", "revoke", "some-token", "--data-dir", dir.toString());
        assertEquals(1, revoke.exit());
        assertTrue(revoke.err().contains(dir.resolve("roster.db").toString()), revoke.err());
        assertFalse(java.nio.file.Files.exists(dir), "no folder or database was created");
    }
}
