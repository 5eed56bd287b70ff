package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.DedicatedServer;
import org.junit.jupiter.api.Test;

class LoadSheddingTest {
    @Test
    void past_the_limit_in_flight_requests_get_503_at_once_and_capacity_returns() throws InterruptedException {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withMaxInFlight(1))) {
            String token = server.server().generatedAdminToken().orElseThrow();
            var held = server.hold("/dev-users.create", token, "{\"email\":\"held@example.com\",\"state\":\"shadow\"}");
            while (server.server().inFlight() < 1) Thread.sleep(5);

            server.admin().get("/dev-users.self").assertError(503, "service_unavailable", null)
                .assertMessageContains("capacity");

            String answer = held.finish();
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
            server.admin().get("/dev-users.self").assertStatus(200);
        }
    }
}
