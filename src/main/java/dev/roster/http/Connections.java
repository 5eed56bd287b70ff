package dev.roster.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.eclipse.jetty.server.Request;

/** What Roster does to a request's connection itself, below HTTP. */
public final class Connections {
    private Connections() {}

    /**
     * Closes the request's connection without an answer: the client reads end of stream where the
     * status line should be. Jetty aborts the exchange, so nothing written after this is sent.
     */
    public static void drop(Context ctx) {
        Request.getBaseRequest(ctx.req()).getHttpChannel().abort(new IOException("connection dropped by a fault"));
    }
}
