package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * A client of Roster through nginx, as an application behind the proxy sees it. Roster's answers come
 * back validated, as {@link dev.roster.testing.Api}'s do; nginx's own 502 (no instance answered a
 * write) comes back as empty, after checking it is the configuration's error body. A 429 is waited
 * out as its {@code Retry-After} says, since every test here shares instances whose rate limit is on.
 */
final class Gateway {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String token;

    Gateway(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    Gateway withToken(String other) { return new Gateway(baseUrl, other); }

    Optional<ApiResponse> post(String path, String json) {
        return send("POST", path, json);
    }

    Optional<ApiResponse> get(String path, String query) {
        return send("GET", query == null || query.isEmpty() ? path : path + "?" + query, null);
    }

    /** A write nginx must answer with Roster's answer: one not racing the kill of an instance. */
    ApiResponse postAnswered(String path, String json) {
        return post(path, json).orElseThrow(() -> new AssertionError("POST " + path + ": nginx answered 502"));
    }

    /** A read: nginx retries it on another instance, so it always gets Roster's answer. */
    ApiResponse read(String path, String query) {
        return get(path, query).orElseThrow(() -> new AssertionError("GET " + path + ": nginx answered 502"));
    }

    /** A read by POST, as DevRev's SDKs send them. */
    ApiResponse readByPost(String path, String json) {
        return post(path, json).orElseThrow(() -> new AssertionError("POST " + path + " (a read): nginx answered 502"));
    }

    private Optional<ApiResponse> send(String method, String pathAndQuery, String json) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> raw = raw(method, pathAndQuery, json);
            String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
            if (raw.statusCode() == 502) {
                assertEquals("service_unavailable", type(raw), "nginx's 502 carries the configuration's body: " + raw.body());
                return Optional.empty();
            }
            ApiResponse response = ApiResponse.of(method, path, raw);
            if (response.status() != 429) return Optional.of(response);
            if (System.nanoTime() > deadline) fail(method + " " + path + " was still refused 429 after " + PATIENCE);
            sleep(response.body().path("retry_after").asLong(1));
        }
    }

    private HttpResponse<String> raw(String method, String pathAndQuery, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(Duration.ofSeconds(60))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .header("Authorization", "Bearer " + token);
        if (json != null) request.header("Content-Type", "application/json");
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String type(HttpResponse<String> raw) {
        try {
            return MAPPER.readTree(raw.body()).path("type").asText();
        } catch (IOException e) {
            return "not JSON";
        }
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(Duration.ofSeconds(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
