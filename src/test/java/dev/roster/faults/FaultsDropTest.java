package dev.roster.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.auth.Scope;
import dev.roster.testing.ApiTest;
import dev.roster.testing.RawHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** drop_connection closes the connection without a status line; the operation does not run. */
class FaultsDropTest extends ApiTest {

    @Test
    void the_client_reads_no_status_line_and_the_next_request_is_served() {
        api.post("/_roster/faults.create", json("operation", "tags.create", "drop_connection", true)).assertStatus(201);
        String token = server.token(tenant, tenant.adminId(), Scope.ADMIN);
        assertEquals("", RawHttp.post(server.baseUrl(), token, "/tags.create", json("name", "gone")));
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
}
