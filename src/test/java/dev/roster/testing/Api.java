package dev.roster.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of the real server over real HTTP. Every response comes back as an {@link ApiResponse},
 * which validates its body against the OpenAPI documents before a test sees it.
 */
public final class Api {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private final String baseUrl;
    private final String authorization;

    public Api(String baseUrl, String token) {
        this(baseUrl, token, true);
    }

    private Api(String baseUrl, String token, boolean bearer) {
        this.baseUrl = baseUrl;
        this.authorization = token == null ? null : bearer ? "Bearer " + token : token;
    }

    public Api withToken(String token) { return new Api(baseUrl, token, true); }

    /** Sends the token bare, as DevRev's own SDK does ({@code Authorization: <token>}). */
    public Api withBareToken(String token) { return new Api(baseUrl, token, false); }

    public Api anonymous() { return new Api(baseUrl, null, true); }

    /** POSTs a JSON body, given as text so tests can also send what a mapper never would. */
    public ApiResponse post(String path, String json) {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8), "application/json");
    }

    public ApiResponse post(String path, byte[] body, String contentType) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    /** GETs with a raw query string (already encoded as the test wants it sent). */
    public ApiResponse get(String path, String query) {
        return send("GET", query == null || query.isEmpty() ? path : path + "?" + query,
            HttpRequest.BodyPublishers.noBody(), null);
    }

    public ApiResponse get(String path) { return get(path, null); }

    private ApiResponse send(String method, String pathAndQuery, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .timeout(Duration.ofSeconds(30))
            .method(method, body);
        if (authorization != null) request.header("Authorization", authorization);
        if (contentType != null) request.header("Content-Type", contentType);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
            return ApiResponse.of(method, path, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
