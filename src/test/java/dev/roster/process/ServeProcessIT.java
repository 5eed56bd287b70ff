package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.RosterTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged jar as an operator runs it: first-start tokens, the listening line, SIGTERM. */
class ServeProcessIT {
    @Test
    void the_jar_prints_the_admin_and_operator_tokens_once_serves_and_exits_0_on_sigterm() throws Exception {
        Path dir = RosterTestServer.tempDir();
        String token;
        String operatorToken;
        try (RosterProcess roster = RosterProcess.start(dir, null, null)) {
            String line = roster.startupLines().stream().filter(l -> l.startsWith("admin token: ")).findFirst().orElseThrow();
            token = line.substring("admin token: ".length());
            new Api(roster.baseUrl(), token).post("/dev-users.create", "{\"email\":\"ada@example.com\",\"state\":\"shadow\"}")
                .assertStatus(201);
            String operatorLine = roster.startupLines().stream().filter(l -> l.startsWith("operator token: ")).findFirst()
                .orElseThrow();
            operatorToken = operatorLine.substring("operator token: ".length());
            assertEquals("DEV-1", new Api(roster.baseUrl(), operatorToken).get("/_roster/dev-orgs.list").assertStatus(200)
                .at("/dev_orgs/0/display_id"), "the printed operator token lists the dev orgs");
            assertEquals(0, roster.terminate(), "SIGTERM drains and exits 0");
        }
        try (RosterProcess again = RosterProcess.start(dir, null, null)) {
            assertTrue(again.startupLines().stream().noneMatch(l -> l.startsWith("admin token: ") && l.contains(token)),
                "printed only once");
            assertTrue(again.startupLines().stream().anyMatch(l -> l.startsWith("admin token: not printed")
                && l.contains("first start") && l.contains("roster token create")), "says why and how to make one: "
                + again.startupLines());
            assertTrue(again.startupLines().stream().noneMatch(l -> l.contains(operatorToken)), "the operator token too");
            assertTrue(again.startupLines().stream().anyMatch(l -> l.startsWith("operator token: not printed")
                && l.contains("roster operator-token rotate")), "says how to make a new one: " + again.startupLines());
            assertEquals(2, new Api(again.baseUrl(), token).get("/dev-users.list").assertStatus(200)
                .body().get("dev_users").size());
            assertEquals(0, again.terminate());
        }
    }

    @Test
    void in_memory_the_jar_serves_from_an_empty_working_folder_and_leaves_it_empty() throws Exception {
        Path workingDir = RosterTestServer.tempDir();
        Path stderr = RosterTestServer.tempDir().resolve("stderr.log");
        try (RosterProcess roster = RosterProcess.start(workingDir, stderr, List.of("--in-memory"), null)) {
            String line = roster.startupLines().stream().filter(l -> l.startsWith("admin token: ")).findFirst().orElseThrow();
            Api admin = new Api(roster.baseUrl(), line.substring("admin token: ".length()));
            admin.post("/dev-users.create", "{\"email\":\"ada@example.com\",\"state\":\"shadow\"}").assertStatus(201);
            admin.post("/accounts.create", "{\"display_name\":\"Acme\"}").assertStatus(201);
            assertEquals(2, admin.get("/dev-users.list").assertStatus(200).body().get("dev_users").size());
            assertEquals(0, roster.terminate(), "SIGTERM drains and exits 0");
        }
        try (Stream<Path> created = Files.list(workingDir)) {
            assertEquals(List.of(), created.toList(), "nothing written to the working folder");
        }
    }
}
