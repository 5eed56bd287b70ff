package dev.roster.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request into a {@link RequestBody}: the query string for GET, the JSON body otherwise.
 * Bodies over {@link #MAX_BODY_BYTES} are refused before they are read whole.
 */
public final class RequestReader {
    public static final int MAX_BODY_BYTES = 1 << 20;

    private RequestReader() {}

    public static RequestBody read(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            return RequestBody.ofQuery(QueryParams.toTree(ctx.queryParamMap()));
        }
        return RequestBody.ofJson(parse(bytes(ctx)));
    }

    /** Reads the request and type-checks the fields it takes without modelling them. */
    public static RequestBody read(Context ctx, Shape unmodelled) {
        return read(ctx).check(unmodelled);
    }

    static ObjectNode parse(byte[] bytes) {
        if (isBlank(bytes)) return JsonNodeFactory.instance.objectNode();
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw ApiError.parseError("the request body is beyond Roster's JSON limits (nesting depth, "
                + "string or name length, number size)").toException();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw ApiError.parseError("the request body is not valid JSON" + where).toException();
        } catch (IOException e) {
            throw ApiError.parseError("the request body is not valid UTF-8 JSON").toException();
        }
        if (tree instanceof ObjectNode object) return object;
        if (tree == null || tree.isNull()) return JsonNodeFactory.instance.objectNode();
        throw ApiError.parseError("the request body must be a JSON object, got "
            + RequestBody.typeOf(tree).wire()).toException();
    }

    private static byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) throw tooLarge();
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > MAX_BODY_BYTES) throw tooLarge();
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiError.badRequest("the request body could not be read").toException();
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return false;
        }
        return true;
    }

    private static RuntimeException tooLarge() {
        return ApiError.badRequest("the request body is larger than 1 MiB").toException();
    }
}
