package dev.roster.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.OpenApiValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sends {@link Case}s and keeps every failure with the exact request: a status other than 2xx or
 * 4xx, a body that does not validate against Roster's document and the contract, an outcome other
 * than the case expects, or another dev org's object in a successful answer.
 */
final class FuzzRunner {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    private final Api api;
    private final Api operator;
    private final Api sandbox;
    private final String sandboxToken;
    private final String baseUrl;
    private final String token;
    private final String operatorToken;
    private final String foreignMarker;
    private final Supplier<String> throwawayTokens;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private int previousStatus;

    /**
     * @param token         the org token DevRev's operations are sent with ({@code api} sends it)
     * @param operatorToken the operator token the operator's {@code /_roster/dev-orgs.*} are sent with
     *                      ({@code operator} sends it), since they refuse every org token
     * @param foreignMarker text that only another dev org's DONs contain ({@code devo/<n>:})
     * @param sandbox       an admin client of a dev org of its own, which {@link ApiOperations.Operation#isOrgWide}
     *                      operations are sent to ({@code sandboxToken} is its token)
     * @param throwawayTokens new org tokens for the cases that may revoke the token presenting them
     */
    FuzzRunner(Api api, String token, Api operator, String operatorToken, String baseUrl, String foreignMarker, Api sandbox,
               String sandboxToken, Supplier<String> throwawayTokens) {
        this.api = api;
        this.operator = operator;
        this.sandbox = sandbox;
        this.sandboxToken = sandboxToken;
        this.baseUrl = baseUrl;
        this.token = token;
        this.operatorToken = operatorToken;
        this.foreignMarker = foreignMarker;
        this.throwawayTokens = throwawayTokens;
    }

    /**
     * The token a case is sent with: a throwaway one where the case may revoke the token presenting it,
     * so that later cases keep theirs.
     */
    private String token(Case c) {
        if (c.operation().isOperators()) return operatorToken;
        if (c.operation().isOrgWide()) return sandboxToken;
        return c.operation().revokesCaller() ? throwawayTokens.get() : token;
    }

    List<String> failures() { return failures; }

    /** How many cases each operation ({@code POST /x}) was sent. */
    Map<String, Integer> counts() { return counts; }

    int total() { return counts.values().stream().mapToInt(Integer::intValue).sum(); }

    void run(List<Case> cases) {
        cases.forEach(this::run);
    }

    /** Sends one case and records what was wrong with the answer, if anything. */
    void run(Case c) {
        counts.merge(c.operation().name(), 1, Integer::sum);
        String caseToken = token(c);
        int status;
        JsonNode body;
        String text;
        try {
            if (c.via() == Case.Via.API) {
                Api client = c.operation().isOperators() ? operator : c.operation().isOrgWide() ? sandbox
                    : caseToken.equals(token) ? api : api.withToken(caseToken);
                ApiResponse response = c.method().equals("GET") ? client.get(c.path(), c.query())
                    : client.post(c.path(), c.body(), c.contentType());
                status = response.status();
                body = response.body();
                text = response.text();
            } else {
                String[] answer = c.via() == Case.Via.RAW ? raw(c, caseToken) : http(c, caseToken);
                status = Integer.parseInt(answer[0]);
                text = answer[1];
                body = validate(c, status, text);
            }
        } catch (AssertionError | RuntimeException | IOException e) {
            fail(c, "no valid answer: " + e.getMessage(), null);
            previousStatus = 0;
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        check(c, status, body, text);
        previousStatus = status;
    }

    private void check(Case c, int status, JsonNode body, String text) {
        Case.Expect expect = c.expect();
        String answer = status + " " + Case.cut(text);
        if (status >= 500) fail(c, "server error", answer);
        else if (!(status >= 200 && status < 300) && !(status >= 400 && status < 500)) fail(c, "neither 2xx nor 4xx", answer);
        else if (expect.status() == 4 && status < 400) fail(c, "expected a 4xx", answer);
        else if (expect.status() == -1 && status != previousStatus) fail(c, "expected " + previousStatus + " as for {}", answer);
        else if (expect.status() > 4 && status != expect.status()) fail(c, "expected " + expect.status(), answer);
        else if (expect.type() != null && !expect.type().equals(body.path("type").asText())) {
            fail(c, "expected error type " + expect.type(), answer);
        } else if (expect.field() != null && !expect.field().equals(body.path("field_name").asText())) {
            fail(c, "expected field_name " + expect.field(), answer);
        } else if (status < 300 && text.contains(foreignMarker)) {
            fail(c, "another dev org's object in a successful answer", answer);
        } else if (status < 300 && expect.emptyList() && !listIsEmpty(body)) {
            fail(c, "expected no results for ids that do not exist here", answer);
        }
    }

    private static boolean listIsEmpty(JsonNode body) {
        for (Iterator<JsonNode> it = body.elements(); it.hasNext(); ) {
            JsonNode value = it.next();
            if (value.isArray()) return value.isEmpty();
        }
        return true;
    }

    private void fail(Case c, String problem, String answer) {
        failures.add(c.operation().name() + " [" + c.what() + "]: " + problem + "\n  request: " + c.describe()
            + (answer == null ? "" : "\n  response: " + answer));
    }

    /** A GET with a body, or a request with an odd Content-Type, through a plain client; answers status and body text. */
    private String[] http(Case c, String caseToken) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = c.body() == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(c.body());
        String target = c.query() == null ? c.path() : c.path() + "?" + c.query();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target)).timeout(Duration.ofSeconds(30))
            .method(c.method(), publisher).header("Authorization", "Bearer " + caseToken);
        if (c.contentType() != null) request.header("Content-Type", c.contentType());
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new String[] {Integer.toString(response.statusCode()), response.body()};
    }

    /** Writes the case's bytes to a socket as they are, with the token added after the request line. */
    private String[] raw(Case c, String caseToken) throws IOException {
        String request = new String(c.body(), StandardCharsets.ISO_8859_1);
        int lineEnd = request.indexOf("\r\n");
        request = request.substring(0, lineEnd + 2) + "Authorization: Bearer " + caseToken + "\r\n" + request.substring(lineEnd + 2);
        URI uri = URI.create(baseUrl);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server may answer and stop reading before it has the whole request: read its answer.
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(received);
            String response = received.toString(StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            if (!response.startsWith("HTTP/1.1 ") || headEnd < 0) throw new IOException("not an HTTP response: " + response);
            String head = response.substring(0, headEnd);
            if (!head.toLowerCase(java.util.Locale.ROOT).contains("x-content-type-options: nosniff")) {
                throw new IOException("no X-Content-Type-Options: nosniff on " + Case.cut(response));
            }
            return new String[] {response.substring(9, 12), response.substring(headEnd + 4)};
        }
    }

    /** The checks {@code ApiResponse} makes, for answers that did not come through the shared client. */
    private static JsonNode validate(Case c, int status, String text) throws IOException {
        if (status == 204 && text.isEmpty()) return MAPPER.nullNode();
        JsonNode body = MAPPER.readTree(text);
        if (body == null) throw new IOException("an empty body with status " + status);
        String where = c.method() + " " + c.path() + " -> " + status;
        OpenApiValidator.roster().validate(c.method(), c.path(), status, body, true, where);
        OpenApiValidator.contract().ifPresent(v -> v.validate(c.method(), c.path(), status, body, false, where));
        return body;
    }
}
