package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every hostile client of the security probe against one server, one after another: afterwards it
 * is healthy, it answered no 500, and the data of the tenant that was not the attacker is unchanged.
 */
class HostileRunTest {
    private static String keys(int count) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) fields.add("\"k" + i + "\":\"v\"");
        return "{" + String.join(",", fields) + "}";
    }

    private static String victimState(Api victim) {
        return victim.get("/dev-users.list").assertStatus(200).text() + victim.get("/rev-users.list").assertStatus(200).text()
            + victim.get("/accounts.list").assertStatus(200).text();
    }

    @Test
    void a_run_of_every_attack_leaves_the_server_healthy_and_the_other_tenant_untouched() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withMaxInFlight(8))) {
            Api victim = server.admin();
            victim.post("/accounts.create", "{\"display_name\":\"Acme\",\"domains\":[\"acme.com\"]}").assertStatus(201);
            victim.post("/rev-users.create", "{\"email\":\"bo@acme.com\",\"account\":\"ACC-1\"}").assertStatus(201);
            String before = victimState(victim);

            var attackerOrg = server.server().services().devOrgs().create(new dev.roster.devorgs.CreateDevOrg(
                "Attacker", "attacker", "mallory@example.com", java.util.Optional.empty()));
            Api attacker = server.client(attackerOrg.token());

            // Filters past every cap, nesting, numbers JSON cannot give back, oversized free-form values.
            attacker.post("/rev-users.list", "{\"custom_fields\":" + keys(20_000) + "}").assertError(400, "value_not_permitted", null);
            attacker.get("/rev-users.list", "a" + ".a".repeat(20_000) + "=1").assertError(400, "bad_request", null);
            attacker.post("/rev-users.create", "{\"custom_fields\":{\"x\":1e999999}}").assertError(400, "value_not_permitted", null);
            attacker.post("/rev-users.create", "{\"custom_fields\":{\"x\":\"" + "y".repeat(1_000_000 - 100) + "\"}}")
                .assertError(400, "value_not_permitted", null);
            // Another tenant's objects, and locking itself out.
            attacker.post("/accounts.delete", "{\"id\":\"ACC-1\"}").assertError(404, "not_found", null);
            attacker.post("/dev-users.merge", "{\"primary_user\":\"DEVU-1\",\"secondary_user\":\"DEVU-"
                + attackerOrg.adminId() + "\"}").assertError(400, "value_not_permitted", "secondary_user");
            // HEAD without a token, stalled bodies, oversized request heads.
            HttpResponse<Void> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/rev-users.list")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(401, head.statusCode());
            List<Socket> stalled = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Socket socket = new Socket("127.0.0.1", server.server().port());
                socket.getOutputStream().write(("POST /rev-users.create HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                    + attackerOrg.token() + "\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            for (int i = 0; i < 20; i++) {
                try (Socket socket = new Socket("127.0.0.1", server.server().port())) {
                    OutputStream out = socket.getOutputStream();
                    try {
                        out.write(("GET /health HTTP/1.1\r\nX: " + "a".repeat(200_000)).getBytes(StandardCharsets.US_ASCII));
                    } catch (java.io.IOException refused) {
                        // closed past the head limit
                    }
                }
            }
            victim.get("/dev-users.self").assertStatus(200);
            victim.anonymous().get("/health").assertStatus(200);
            for (Socket socket : stalled) socket.close();

            assertEquals(before, victimState(victim), "the other tenant's data is unchanged");
            String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
            assertFalse(metrics.contains("status=\"500\""), "no request answered 500");
        }
    }
}
