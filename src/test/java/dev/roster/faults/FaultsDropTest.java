package dev.roster.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** drop_connection closes the connection without a status line; the operation does not run. */
class FaultsDropTest extends ApiTest {

    @Test
    void the_client_reads_no_status_line_and_the_next_request_is_served() {
        api.post("/_roster/faults.create", json("operation", "tags.create", "drop_connection", true)).assertStatus(201);
        String token = server.token(tenant, tenant.adminId(), Scope.ADMIN);
        assertEquals("", rawPost(server.baseUrl(), token, "/tags.create", json("name", "gone")));
        assertEquals(0, api.get("/tags.list").assertStatus(200).body().get("tags").size(), "the operation did not run");
        api.post("/tags.create", json("name", "kept")).assertStatus(201);
    }

    @Test
    void the_java_http_client_sees_an_io_error_not_a_status() {
        // A POST: the JDK's client retries a GET once on a closed connection, and the retry would be answered.
        api.post("/_roster/faults.create", json("operation", "tags.create", "drop_connection", true)).assertStatus(201);
        String token = server.token(tenant, tenant.adminId(), Scope.ADMIN);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/tags.create"))
            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json("name", "gone"))).build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            assertThrows(IOException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        api.post("/tags.create", json("name", "gone")).assertStatus(201);
    }

    /** POSTs over a raw socket and answers every byte the server sent before closing (a reset reads as none). */
    static String rawPost(String baseUrl, String token, String path, String json) {
        URI uri = URI.create(baseUrl);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: roster\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            try {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (SocketException reset) {
                return "";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
