package dev.roster.cli;

import static dev.roster.cli.CommandRun.roster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.server.RosterServer;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestFixtures;
import java.io.File;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code roster dev-org create|delete} and {@code roster operator-token rotate} against a real store. */
class DevOrgCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void a_created_org_prints_its_admin_token_and_delete_revokes_it() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            String dir = server.dataDir().toString();
            CommandRun created = roster("dev-org", "create", "--admin-email", "ops@example.com", "--display-name", "CI",
                "--data-dir", dir);
            assertEquals(0, created.exit(), created.err());
            JsonNode org = MAPPER.readTree(created.out());
            assertEquals("CI", org.at("/dev_org/display_name").asText());
            Api admin = server.client(org.get("token").asText());
            assertEquals("ops@example.com", admin.get("/dev-users.self").assertStatus(200).at("/dev_user/email"));

            CommandRun deleted = roster("dev-org", "delete", org.at("/dev_org/display_id").asText(), "--data-dir", dir);
            assertEquals(0, deleted.exit(), deleted.err());
            admin.get("/dev-users.self").assertError(401, "unauthenticated", null);
        }
    }

    @Test
    void refusals_are_one_line_and_nothing_creates_a_store() {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            String dir = server.dataDir().toString();
            CommandRun badEmail = roster("dev-org", "create", "--admin-email", "nope", "--data-dir", dir);
            assertEquals(1, badEmail.exit());
            assertTrue(badEmail.err().contains("not a valid email"), badEmail.err());
            CommandRun fixture = roster("dev-org", "create", "--fixture", "acme", "--data-dir", dir);
            assertEquals(1, fixture.exit());
            assertTrue(fixture.err().contains("no fixtures are loaded"), fixture.err());
            assertEquals(1, roster("dev-org", "delete", "DEV-1", "--data-dir", dir).exit());
            CommandRun unknown = roster("dev-org", "delete", "DEV-99999", "--data-dir", dir);
            assertEquals(1, unknown.exit());
            assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        }
        String empty = RosterTestServer.tempDir().toString();
        assertEquals(1, roster("dev-org", "create", "--data-dir", empty).exit());
        assertEquals(1, roster("operator-token", "rotate", "--data-dir", empty).exit());
        assertTrue(new File(empty).list().length == 0);
    }

    @Test
    void a_created_org_gets_its_fixture_and_prints_what_it_made() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            String dir = server.dataDir().toString();
            CommandRun created = roster("dev-org", "create", "--fixture", "acme", "--fixtures", "fixtures", "--data-dir", dir);
            assertEquals(0, created.exit(), created.err());
            JsonNode org = MAPPER.readTree(created.out());
            assertEquals("acme", org.at("/fixture/fixture").asText());
            Api admin = server.client(org.get("token").asText());
            assertEquals(2, admin.get("/accounts.list").assertStatus(200).body().get("accounts").size());

            CommandRun failing = roster("dev-org", "create", "--fixture", "bad-field", "--fixtures",
                TestFixtures.folder().toString(), "--data-dir", dir);
            assertEquals(1, failing.exit());
            assertEquals(1, failing.err().lines().count(), failing.err());
            assertTrue(failing.err().contains("fixture bad-field, step 2 (accounts.create, as blank): display_name"), failing.err());
        }
    }

    @Test
    void rotation_prints_a_new_operator_token_and_revokes_the_old_one() {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            Api old = server.client(server.server().generatedOperatorToken().orElseThrow());
            old.get("/_roster/dev-orgs.list").assertStatus(200);

            CommandRun rotated = roster("operator-token", "rotate", "--data-dir", server.dataDir().toString());
            assertEquals(0, rotated.exit(), rotated.err());

            old.get("/_roster/dev-orgs.list").assertError(401, "unauthenticated", null);
            server.client(rotated.out()).get("/_roster/dev-orgs.list").assertStatus(200);
        }
    }

    @Test
    void a_chosen_operator_token_is_taken_on_the_first_start_only() {
        String chosen = "operator-chosen-0123456789abcdefghij";
        var config = RosterTestServer.config(RosterTestServer.tempDir(), null);
        try (var first = new Started(RosterServer.start(config, Clock.systemUTC(),
                Optional.of(chosen)))) {
            assertTrue(first.server().createdOperatorToken());
            assertTrue(first.server().generatedOperatorToken().isEmpty());
            new Api("http://127.0.0.1:" + first.server().port(), chosen).get("/_roster/dev-orgs.list").assertStatus(200);
        }
        try (var again = new Started(RosterServer.start(config, Clock.systemUTC(),
                Optional.of(chosen + "-other")))) {
            assertFalse(again.server().createdOperatorToken());
            new Api("http://127.0.0.1:" + again.server().port(), chosen + "-other").get("/_roster/dev-orgs.list")
                .assertError(401, "unauthenticated", null);
        }
    }

    private record Started(RosterServer server) implements AutoCloseable {
        @Override
        public void close() { server.close(); }
    }
}
