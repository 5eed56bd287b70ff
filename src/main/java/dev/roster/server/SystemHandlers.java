package dev.roster.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roster.errors.ApiError;
import dev.roster.http.ErrorHandler;
import dev.roster.http.Metrics;
import dev.roster.store.Database;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The unauthenticated service endpoints: health and the OpenAPI document. */
final class SystemHandlers {
    private final Database db;
    private final Metrics metrics;
    private volatile byte[] openApiJson;

    SystemHandlers(Database db, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
    }

    void health(Context ctx) {
        if (db.isReachable()) ctx.json(Map.of("status", "ok"));
        else ErrorHandler.answer(ctx, new ApiError.ServiceUnavailable("the database is unreachable"));
    }

    /** Ready to serve: the database answers, and migrations ran before the server started listening. */
    void ready(Context ctx) {
        if (db.isReachable()) ctx.json(Map.of("status", "ready"));
        else ErrorHandler.answer(ctx, new ApiError.ServiceUnavailable("the database is unreachable"));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApiJson());
    }

    // Converted on first use, not at start, to keep start-up short.
    private byte[] openApiJson() {
        byte[] json = openApiJson;
        if (json == null) {
            try (InputStream in = SystemHandlers.class.getResourceAsStream("/openapi/roster.yaml")) {
                JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(in);
                openApiJson = json = new ObjectMapper().writeValueAsBytes(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }
}
