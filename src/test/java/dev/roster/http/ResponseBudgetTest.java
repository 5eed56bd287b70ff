package dev.roster.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Large answers are streamed, and those not yet written out are bounded in total; small ones never
 * count. One server with a page of 100 rev users at about 60 KiB each (about 6 MB).
 */
class ResponseBudgetTest {
    static final int USERS = 100;
    static final String NOTE = "n".repeat(60_000);
    private static DedicatedServer server;

    @BeforeAll
    static void start() {
        server = DedicatedServer.start(c -> c);
        seedLargeUsers(server.admin());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Creates {@link #USERS} rev users whose custom fields are near the free-form cap. */
    static void seedLargeUsers(Api admin) {
        for (int i = 0; i < USERS; i++) {
            admin.post("/rev-users.create", "{\"email\":\"large" + i + "@example.com\",\"custom_fields\":{\"note\":\""
                + NOTE + "\"}}").assertStatus(201);
        }
    }

    /** Waits until every answer's charge is given back: that happens just after the client has it all. */
    private static void awaitNothingPending(ResponseBudget budget) throws InterruptedException {
        while (budget.pending() != 0) Thread.sleep(5);
    }

    @Test
    void past_the_bound_a_large_answer_is_refused_until_an_earlier_one_is_given_back() {
        ResponseBudget budget = new ResponseBudget(100_000);
        assertTrue(budget.tryCharge(70_000));
        assertFalse(budget.tryCharge(70_000));
        assertEquals(70_000, budget.pending());
        budget.release(70_000);
        assertTrue(budget.tryCharge(70_000));
    }

    @Test
    void a_page_of_several_megabytes_arrives_whole_and_its_charge_is_given_back() throws Exception {
        var users = server.admin().get("/rev-users.list", "limit=100").assertStatus(200).body().get("rev_users");
        assertEquals(USERS, users.size());
        for (var user : users) assertEquals(NOTE, user.at("/custom_fields/note").asText());
        awaitNothingPending(server.server().responseBudget());
    }

    @Test
    void a_small_answer_keeps_its_content_length() throws Exception {
        var self = server.admin().get("/dev-users.self").assertStatus(200);
        assertEquals(Integer.toString(self.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
            self.header("Content-Length"));
        assertTrue(self.header("Content-Type").startsWith("application/json"), self.header("Content-Type"));
    }

    @Test
    void head_on_a_large_page_answers_without_a_body() throws Exception {
        HttpRequest head = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/rev-users.list?limit=100"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .header("Authorization", "Bearer " + server.server().generatedAdminToken().orElseThrow()).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(head, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(0, response.body().length);
        awaitNothingPending(server.server().responseBudget());
    }

    @Test
    void while_the_bound_is_taken_a_large_page_answers_503_and_small_answers_are_served() throws Exception {
        ResponseBudget budget = server.server().responseBudget();
        awaitNothingPending(budget);
        long taken = ResponseBudget.MAX_PENDING_BYTES - 1_000_000;
        assertTrue(budget.tryCharge(taken));
        try {
            server.admin().get("/rev-users.list", "limit=100").assertError(503, "service_unavailable", null)
                .assertMessageContains("large answers");
            // A page of one fits in what is left, and small answers are never charged.
            server.admin().get("/rev-users.list", "limit=1").assertStatus(200);
            server.admin().get("/dev-users.self").assertStatus(200);
        } finally {
            budget.release(taken);
        }
        server.admin().get("/rev-users.list", "limit=100").assertStatus(200);
    }

    /** Asks for the large page and reads nothing but the status line. */
    private static Socket neverReads(String token) throws Exception {
        Socket socket = new Socket("127.0.0.1", server.server().port());
        socket.getOutputStream().write(("GET /rev-users.list?limit=100 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String statusLine(Socket socket) throws Exception {
        socket.setSoTimeout(60_000);
        InputStream in = socket.getInputStream();
        return new String(in.readNBytes(12), StandardCharsets.US_ASCII);
    }

    @Test
    void clients_that_never_read_a_large_page_hold_at_most_the_bound_and_others_are_still_served() throws Exception {
        ResponseBudget budget = server.server().responseBudget();
        awaitNothingPending(budget);
        // Twelve pages of about 6 MB are more than twice the bound: those past it answer 503 at once.
        String token = server.server().generatedAdminToken().orElseThrow();
        List<Socket> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) readers.add(neverReads(token));
            for (Socket reader : readers) {
                String status = statusLine(reader);
                assertTrue(status.equals("HTTP/1.1 200") || status.equals("HTTP/1.1 503"), status);
                assertTrue(budget.pending() <= ResponseBudget.MAX_PENDING_BYTES);
            }
            server.admin().anonymous().get("/health").assertStatus(200);
            server.admin().get("/dev-users.self").assertStatus(200);
        } finally {
            for (Socket reader : readers) reader.close();
        }
        // A client that goes away mid-answer gives back its charge and its slot.
        awaitNothingPending(budget);
        while (server.server().inFlight() != 0) Thread.sleep(5);
        server.admin().get("/rev-users.list", "limit=100").assertStatus(200);
    }
}
