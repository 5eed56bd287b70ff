package dev.roster.cli;

import static dev.roster.cli.CommandRun.roster;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.Main;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestFixtures;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What {@code roster serve} says when a user's setup keeps it from starting, and what its help shows. */
class ServeCommandTest {
    /** A start that fails exits 1 with one line naming the problem and what to do. */
    private static String refusedStart(String... args) {
        CommandRun run = roster(args);
        assertEquals(1, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
        assertTrue(run.err().startsWith("roster: "), run.err());
        return run.err();
    }

    private static String dataDir() { return RosterTestServer.tempDir().toString(); }

    @Test
    void a_port_in_use_is_named_with_what_to_do() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            String line = refusedStart("serve", "--port", Integer.toString(port), "--data-dir", dataDir());
            assertTrue(line.contains("port " + port) && line.contains("--port"), line);
        }
    }

    @Test
    void a_data_folder_that_is_a_file_is_named() throws Exception {
        Path file = Files.createTempFile("roster", ".not-a-folder");
        String line = refusedStart("serve", "--port", "0", "--data-dir", file.toString());
        assertTrue(line.contains(file.toString()) && line.contains("--data-dir"), line);
    }

    @Test
    void a_database_url_roster_cannot_use_is_named() {
        String line = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--db-url", "jdbc:mysql://127.0.0.1/roster");
        assertTrue(line.contains("--db-url"), line);
    }

    @Test
    void an_unreachable_database_is_named_with_its_address() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        String line = refusedStart("serve", "--port", "0", "--data-dir", dataDir(),
            "--db-url", "jdbc:postgresql://127.0.0.1:" + closed + "/test");
        assertTrue(line.contains("cannot reach PostgreSQL at 127.0.0.1:" + closed + "/test"), line);
    }

    @Test
    void a_refused_login_and_a_missing_database_are_named() {
        RosterTestServer.requirePostgres();
        String base = RosterTestServer.pgUrl();
        String server = base.substring(0, base.indexOf('/', "jdbc:postgresql://".length()));
        String login = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--db-url", server + "/test",
            "--db-user", "no_such_roster_role", "--db-password", "wrong");
        assertTrue(login.contains("refused the login") && login.contains("--db-user"), login);
        String missing = refusedStart("serve", "--port", "0", "--data-dir", dataDir(),
            "--db-url", server + "/no_such_roster_database?user=postgres");
        assertTrue(missing.contains("no_such_roster_database") && missing.contains("does not exist"), missing);
    }

    @Test
    void a_malformed_fixture_file_stops_the_start_naming_the_file_and_line() throws Exception {
        Path fixtures = TestFixtures.folder();
        Files.writeString(fixtures.resolve("broken.yaml"), "- operation: tags.create\n  body:\n    name: a\n    name: b\n");
        String line = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--fixtures", fixtures.toString());
        assertTrue(line.contains(fixtures.resolve("broken.yaml") + ", line 4: duplicate key 'name'"), line);
    }

    @Test
    void a_step_of_no_devrev_operation_stops_the_start_naming_the_known_ones() throws Exception {
        Path fixtures = RosterTestServer.tempDir();
        Files.writeString(fixtures.resolve("own.yaml"), "- operation: tags.create\n  body: {name: a}\n"
            + "- operation: _roster/fixtures.apply\n  body: {fixture: own}\n");
        String line = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--fixtures", fixtures.toString());
        assertTrue(line.contains(fixtures.resolve("own.yaml") + ", line 3, step 2: unknown operation '_roster/fixtures.apply'"), line);
        assertTrue(line.contains("accounts.create, accounts.delete") && !line.contains(", _roster/"), line);
    }

    @Test
    void a_seed_that_is_not_loaded_stops_the_start_naming_the_loaded_ones() {
        String line = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--fixtures", TestFixtures.folder().toString(),
            "--seed", "acne");
        assertTrue(line.contains("--seed acne: no fixture is named 'acne'; the loaded ones are acme, "), line);
        String none = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--seed", "acme");
        assertTrue(none.contains("no fixtures are loaded"), none);
    }

    @Test
    void a_seed_whose_step_fails_stops_the_start_naming_the_step() {
        String line = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--fixtures", TestFixtures.folder().toString(),
            "--seed", "missing-object");
        assertTrue(line.contains("fixture missing-object, step 2 (rev-orgs.create): ") && line.contains("not found"), line);
    }

    @Test
    void on_off_options_take_their_value() {
        CommandLine serve = Main.commandLine();
        serve.parseArgs("serve", "--self-link", "off", "--webhook-verify", "off");
        ServeCommand command = serve.getSubcommands().get("serve").getCommand();
        assertFalse(command.selfLink);
    }

    @Test
    void a_token_lifetime_beyond_the_maximum_is_named() {
        String line = refusedStart("serve", "--port", "0", "--data-dir", dataDir(), "--token-lifetime", "400");
        assertTrue(line.contains("--token-lifetime must be from 1 to --token-max-lifetime (365) days, got 400"), line);
    }

    @Test
    void a_malformed_option_value_is_one_line_and_a_pointer_to_help() {
        CommandRun run = roster("serve", "--rate-limit", "fast");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--rate-limit") && run.err().contains("'roster serve --help'"), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
    }

    @Test
    void in_memory_with_a_database_url_or_a_data_folder_is_a_usage_error() {
        for (String[] other : new String[][] {{"--db-url", "jdbc:sqlite:/tmp/roster-elsewhere.db"}, {"--data-dir", dataDir()}}) {
            CommandRun run = roster("serve", "--port", "0", "--in-memory", other[0], other[1]);
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.err().lines().findFirst().orElseThrow().contains("--in-memory")
                && run.err().contains("cannot be combined with " + other[0]), run.err());
            assertTrue(run.err().contains("'roster serve --help'"), run.err());
        }
    }

    @Test
    void only_serve_has_an_in_memory_store_since_no_other_command_could_reach_it() {
        CommandRun run = roster("token", "create", "--email", "admin@roster.local", "--in-memory");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("Unknown option: '--in-memory'"), run.err());
    }

    @Test
    void help_shows_every_option_with_its_default_and_environment_variable() {
        CommandLine serve = Main.commandLine().getSubcommands().get("serve");
        String help = serve.getUsageMessage();
        for (OptionSpec option : serve.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) continue;
            String description = String.join(" ", option.description());
            assertTrue(description.contains("Env ROSTER_"), option.longestName() + " names its environment variable");
        }
        for (String shown : new String[] {"Default: off", "Default: 20:200", "Default: 8080", "Default: 127.0.0.1",
            "Default: ./data", "Default: 256", "Default: 5000", "Default: admin@roster.local", "Default: false"}) {
            assertTrue(help.contains(shown), shown + " in\n" + help);
        }
    }
}
