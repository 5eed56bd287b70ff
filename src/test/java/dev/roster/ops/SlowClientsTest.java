package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Clients that send slowly, or send too much before authenticating, cost bounded memory and no slot. */
class SlowClientsTest {
    /** Opens a POST that declares a body and sends only its first byte. */
    private static Socket stalledBody(int port, String token) throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /dev-users.create HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
            + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static String answer(Socket socket) throws Exception {
        socket.setSoTimeout(60_000);
        InputStream in = socket.getInputStream();
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void a_request_whose_body_has_not_arrived_holds_no_slot() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withMaxInFlight(2))) {
            String token = server.server().generatedAdminToken().orElseThrow();
            Socket[] stalled = new Socket[8];
            for (int i = 0; i < stalled.length; i++) stalled[i] = stalledBody(server.server().port(), token);
            try {
                for (int i = 0; i < 20; i++) server.admin().get("/dev-users.self").assertStatus(200);
                assertEquals(0, server.server().inFlight(), "only admitted requests count");
            } finally {
                for (Socket socket : stalled) socket.close();
            }
        }
    }

    @Test
    void health_and_ready_answer_even_when_every_slot_is_taken() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withMaxInFlight(1))) {
            String token = server.server().generatedAdminToken().orElseThrow();
            var held = server.hold("/dev-users.create", token, "{\"email\":\"held@example.com\",\"state\":\"shadow\"}");
            while (server.server().inFlight() < 1) Thread.sleep(5);
            server.admin().get("/dev-users.self").assertError(503, "service_unavailable", null);
            server.admin().anonymous().get("/health").assertStatus(200);
            server.admin().anonymous().get("/ready").assertStatus(200);
            assertTrue(held.finish().startsWith("HTTP/1.1 201"));
        }
    }

    @Test
    void a_body_trickled_below_the_minimum_rate_is_cut_off() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            String token = server.server().generatedAdminToken().orElseThrow();
            try (Socket socket = stalledBody(server.server().port(), token)) {
                // A byte a second, far below 1 KiB a second: refused once the grace of 5 s is over.
                long started = System.nanoTime();
                String answer = null;
                for (int i = 0; i < 60 && answer == null; i++) {
                    Thread.sleep(1_000);
                    try {
                        socket.getOutputStream().write(' ');
                        socket.getOutputStream().flush();
                    } catch (java.io.IOException closed) {
                        answer = "";
                    }
                    if (socket.getInputStream().available() > 0) answer = answer(socket);
                }
                if (answer == null) answer = answer(socket);
                assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 400"), "cut off, not served: " + answer);
                assertTrue(System.nanoTime() - started < Duration.ofSeconds(60).toNanos(), "within a minute");
            }
            server.admin().get("/dev-users.self").assertStatus(200);
        }
    }

    /** Sends up to 900 KiB of a request head that never ends; answers what the server said. */
    private static String oversizedHead(int port) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /dev-users.self HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ".getBytes(StandardCharsets.US_ASCII));
            byte[] filler = "a".repeat(8192).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int k = 0; k < 112; k++) out.write(filler);
            } catch (java.io.IOException refused) {
                // The server closed the connection once the head passed its limit.
            }
            try {
                return answer(socket);
            } catch (java.net.SocketException reset) {
                // Closed with our bytes still unread, the server's side resets the connection: the
                // 431 it sent may be lost with it, on a busy machine more often than not.
                return "";
            }
        }
    }

    @Test
    void many_oversized_request_heads_at_once_are_refused_and_the_server_stays_healthy() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            int port = server.server().port();
            List<Future<String>> attackers = new ArrayList<>();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 200; i++) attackers.add(pool.submit(() -> oversizedHead(port)));
                server.admin().anonymous().get("/health").assertStatus(200);
                for (Future<String> attacker : attackers) {
                    String answer = attacker.get(120, TimeUnit.SECONDS);
                    assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 431"), answer);
                }
            }
            server.admin().anonymous().get("/health").assertStatus(200);
            server.admin().get("/dev-users.self").assertStatus(200);
            // A long query string still fits under the limit.
            server.admin().get("/dev-users.list", "email=" + "a".repeat(40_000) + "@example.com").assertStatus(200);
        }
    }

    @Test
    void a_postgresql_statement_past_the_timeout_answers_503() throws Exception {
        String url = RosterTestServer.freshStore(dev.roster.testing.TestEngine.POSTGRESQL);
        var dir = RosterTestServer.tempDir();
        var config = RosterTestServer.config(dir, url).withStatementTimeout(Duration.ofSeconds(2));
        try (DedicatedServer server = DedicatedServer.start(dir, config);
             Connection lock = DriverManager.getConnection(url)) {
            lock.setAutoCommit(false);
            // Hold the admin's row, so that an update of it waits past the statement timeout.
            lock.createStatement().execute("select id from dev_user where id = 1 for update");
            server.admin().post("/dev-users.update", "{\"id\":\"DEVU-1\",\"display_name\":\"Waits\"}")
                .assertError(503, "service_unavailable", null).assertMessageContains("longer than the server allows");
            lock.rollback();
            server.admin().post("/dev-users.update", "{\"id\":\"DEVU-1\",\"display_name\":\"Goes\"}").assertStatus(200);
        }
    }
}
