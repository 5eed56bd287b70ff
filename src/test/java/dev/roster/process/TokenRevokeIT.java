package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.Api;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code roster token revoke}, run as its own process while the server runs as another, stops a
 * token the server has already cached: the case the token cache's change signal exists for.
 */
class TokenRevokeIT {
    private static final String TOKEN = "revoke-it-token-0123456789abcdefghijklmnop";

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void a_token_revoked_by_the_cli_fails_in_the_running_server(TestEngine engine) throws Exception {
        String dbUrl = RosterTestServer.freshStore(engine);
        Path dir = RosterTestServer.tempDir();
        try (RosterProcess server = RosterProcess.start(dir, dbUrl, TOKEN)) {
            Api api = new Api(server.baseUrl(), TOKEN);
            api.get("/dev-users.self").assertStatus(200);
            String id = api.get("/auth-tokens.list").assertStatus(200).at("/tokens/0/display_id");

            List<String> revoke = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-jar", RosterProcess.JAR.toString(), "token", "revoke", id, "--data-dir", dir.toString()));
            if (dbUrl != null) revoke.addAll(List.of("--db-url", dbUrl));
            assertEquals(0, run(revoke), "token revoke exits 0");

            if (engine == TestEngine.POSTGRESQL) {
                // Another process's change reaches this server by notification, delivered asynchronously.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (api.get("/dev-users.self").status() != 401 && System.nanoTime() < deadline) Thread.sleep(5);
            }
            api.get("/dev-users.self").assertError(401, "unauthenticated", null);
        }
    }

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void a_jwt_revoked_through_one_server_fails_at_once_in_another_on_the_same_store(TestEngine engine) throws Exception {
        String dbUrl = RosterTestServer.freshStore(engine);
        Path first = RosterTestServer.tempDir();
        try (RosterProcess a = RosterProcess.start(first, dbUrl, TOKEN);
             RosterProcess b = RosterProcess.start(null, RosterTestServer.tempDir().resolve("stderr.log"),
                 dbUrl == null ? List.of("--data-dir", first.toString()) : List.of("--db-url", dbUrl), null)) {
            Api admin = new Api(a.baseUrl(), TOKEN);
            String jwt = admin.post("/auth-tokens.create", "{\"scope\":\"read\"}").assertStatus(201).at("/access_token");
            Api onB = new Api(b.baseUrl(), jwt);
            onB.get("/dev-users.self").assertStatus(200);
            onB.get("/dev-users.self").assertStatus(200);

            admin.post("/auth-tokens.delete", "{\"token_id\":\"" + jwtId(jwt) + "\"}").assertStatus(200);

            if (engine == TestEngine.POSTGRESQL) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (onB.get("/dev-users.self").status() != 401 && System.nanoTime() < deadline) Thread.sleep(5);
            }
            onB.get("/dev-users.self").assertError(401, "unauthenticated", null);
        }
    }

    /** A JWT's {@code jti}, read as a client reads it. */
    static String jwtId(String jwt) throws IOException {
        byte[] payload = java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(payload).get("jti").asText();
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("ROSTER_DB_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
        if (process.exitValue() != 0) System.err.println(output);
        return process.exitValue();
    }
}
