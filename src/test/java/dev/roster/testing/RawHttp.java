package dev.roster.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Requests over a raw socket, for answers no HTTP client reports as they are (a connection closed without a status). */
public final class RawHttp {
    private RawHttp() {}

    /** POSTs a JSON body and answers every byte the server sent before closing; a reset reads as none. */
    public static String post(String baseUrl, String token, String path, String json) {
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
