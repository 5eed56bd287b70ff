package dev.roster.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The admin page's files over plain HTTP: no token, a strict CSP, the right types, and the redirects. */
class AdminPageServingTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    /** What the page's files refer to: src and href attributes, and module imports. */
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"#:]+)\"|from '([^']+)'");

    private final String base = RosterTestServer.of(TestEngine.SQLITE).baseUrl();

    @Test
    void the_page_is_served_without_a_token_with_a_strict_content_security_policy() throws Exception {
        HttpResponse<String> page = get("/_roster/ui/", null);
        assertEquals(200, page.statusCode());
        assertTrue(header(page, "Content-Type").startsWith("text/html"), header(page, "Content-Type"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"js/main.js\">"), page.body());
        String csp = header(page, "Content-Security-Policy");
        assertTrue(csp.startsWith("default-src 'self';"), csp);
        assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", header(page, "X-Content-Type-Options"));
        assertEquals("no-cache", header(page, "Cache-Control"));
    }

    @Test
    void the_root_redirects_to_the_page_and_the_folder_gains_its_slash() throws Exception {
        HttpResponse<String> root = get("/", null);
        assertEquals(302, root.statusCode());
        assertEquals("/_roster/ui/", header(root, "Location"));
        HttpResponse<String> folder = get("/_roster/ui", null);
        assertEquals(301, folder.statusCode());
        assertEquals("/_roster/ui/", header(folder, "Location"));
    }

    @Test
    void every_file_the_page_refers_to_is_served_with_its_type() throws Exception {
        Deque<String> pending = new ArrayDeque<>(Set.of("index.html"));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String file = pending.pop();
            if (!seen.add(file)) continue;
            HttpResponse<String> response = get("/_roster/ui/" + file, null);
            assertEquals(200, response.statusCode(), file);
            assertEquals(expectedType(file), header(response, "Content-Type").replace(" ", ""), file);
            Matcher refs = REFERENCE.matcher(response.body());
            while (refs.find()) {
                String ref = refs.group(1) != null ? refs.group(1) : refs.group(2);
                pending.push(URI.create("http://x/_roster/ui/" + file).resolve(ref).getPath().substring("/_roster/ui/".length()));
            }
        }
        assertTrue(seen.contains("js/main.js") && seen.contains("app.css") && seen.size() > 10, seen.toString());
    }

    @Test
    void an_unchanged_file_answers_304_to_its_entity_tag() throws Exception {
        HttpResponse<String> first = get("/_roster/ui/app.css", null);
        HttpResponse<String> again = get("/_roster/ui/app.css", header(first, "ETag"));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void unknown_files_and_paths_outside_the_folder_answer_404() throws Exception {
        for (String path : new String[] {"/_roster/ui/missing.js", "/_roster/ui/%2e%2e/openapi/roster.yaml",
            "/_roster/ui/../logback-test.xml", "/_roster/ui/dev/roster/ui/UiHandlers.class"}) {
            HttpResponse<String> response = get(path, null);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("\"type\":\"not_found\""), response.body());
        }
    }

    @Test
    void the_service_endpoints_still_answer() throws Exception {
        assertEquals(200, get("/health", null).statusCode());
        HttpResponse<String> openApi = get("/openapi.json", null);
        assertEquals(200, openApi.statusCode());
        assertTrue(openApi.body().startsWith("{"), openApi.body().substring(0, 20));
    }

    private static String expectedType(String file) {
        if (file.endsWith(".html")) return "text/html;charset=utf-8";
        if (file.endsWith(".js")) return "text/javascript;charset=utf-8";
        if (file.endsWith(".css")) return "text/css;charset=utf-8";
        if (file.endsWith(".svg")) return "image/svg+xml";
        throw new AssertionError("a file of no known type: " + file);
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        if (ifNoneMatch != null) request.header("If-None-Match", ifNoneMatch);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
