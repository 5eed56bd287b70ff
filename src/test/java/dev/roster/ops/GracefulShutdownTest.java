package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {
    @Test
    void closing_refuses_new_requests_with_503_and_finishes_those_in_flight() throws Exception {
        DedicatedServer server = DedicatedServer.start(c -> c);
        String token = server.server().generatedAdminToken().orElseThrow();
        Api admin = server.admin();
        var held = server.hold("/dev-users.create", token, "{\"email\":\"inflight@example.com\",\"state\":\"shadow\"}");
        while (inFlight(server) < 1) Thread.sleep(5);

        CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
        ApiResponseWait.until(() -> admin.get("/dev-users.self").status() == 503);
        admin.get("/dev-users.self").assertError(503, "service_unavailable", null).assertMessageContains("shutting down");

        String answer = held.finish();
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        closing.get();
        assertThrows(Exception.class, () -> admin.get("/dev-users.self"), "the port is closed once stopped");

        try (DedicatedServer again = DedicatedServer.start(server.dataDir(),
                RosterTestServer.config(server.dataDir(), null))) {
            var users = new Api(again.baseUrl(), token).get("/dev-users.list", "email=inflight@example.com")
                .assertStatus(200).body().get("dev_users");
            assertEquals(1, users.size(), "the request finished during the drain was committed");
        }
    }

    private static int inFlight(DedicatedServer server) {
        return server.server().inFlight();
    }

    /** Polls a condition for up to five seconds. */
    static final class ApiResponseWait {
        static void until(java.util.function.BooleanSupplier condition) throws InterruptedException {
            for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) Thread.sleep(10);
        }
    }
}
