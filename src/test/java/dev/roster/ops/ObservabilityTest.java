package dev.roster.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.DedicatedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ObservabilityTest {
    private static HttpResponse<String> raw(String url, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (requestId != null) request.header("X-Request-Id", requestId);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void request_ids_are_echoed_or_made() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            assertEquals("abc-123", raw(server.baseUrl() + "/health", "abc-123").headers().firstValue("X-Request-Id").orElseThrow());
            String made = raw(server.baseUrl() + "/health", null).headers().firstValue("X-Request-Id").orElseThrow();
            assertTrue(made.matches("[0-9a-f-]{36}"), made);
            String replaced = raw(server.baseUrl() + "/health", "bad id with spaces").headers().firstValue("X-Request-Id").orElseThrow();
            assertNotEquals("bad id with spaces", replaced);
            assertEquals(made.length(), replaced.length());
        }
    }

    @Test
    void metrics_count_requests_per_operation_and_status_and_show_the_pool_and_jvm() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withMaxInFlight(1))) {
            server.admin().get("/dev-users.get", "id=DEVU-1").assertStatus(200);
            server.admin().get("/dev-users.get", "id=DEVU-999").assertStatus(404);
            assertEquals(404, raw(server.baseUrl() + "/no-such-operation", null).statusCode());
            String metrics = raw(server.baseUrl() + "/metrics", null).body();
            assertTrue(metrics.contains("roster_requests_seconds_count{method=\"GET\",operation=\"/dev-users.get\",status=\"200\"} 1"), metrics);
            assertTrue(metrics.contains("operation=\"/dev-users.get\",status=\"404\"} 1"), "404s are counted per operation");
            assertTrue(metrics.contains("operation=\"unmatched\""), "unknown paths share one series");
            assertTrue(metrics.contains("roster_requests_seconds_bucket"), "latency histograms");
            assertTrue(metrics.contains("hikaricp_connections"), "pool usage");
            assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM");
        }
    }

    @Test
    void refusal_counters_are_there_at_zero_from_the_start() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            String metrics = raw(server.baseUrl() + "/metrics", null).body();
            for (String series : new String[] {"roster_rate_limited_total{client=\"token\"} 0.0",
                "roster_rate_limited_total{client=\"address\"} 0.0", "roster_shed_total{reason=\"overload\"} 0.0",
                "roster_shed_total{reason=\"draining\"} 0.0"}) {
                assertTrue(metrics.contains(series), series + " in\n" + metrics);
            }
        }
    }

    @Test
    void ready_and_health_answer_while_the_database_does() throws Exception {
        try (DedicatedServer server = DedicatedServer.start(c -> c)) {
            server.admin().anonymous().get("/ready").assertStatus(200);
            assertEquals("ready", server.admin().anonymous().get("/ready").at("/status"));
            assertEquals("ok", server.admin().anonymous().get("/health").at("/status"));
        }
    }
}
