package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.auth.Caller;
import dev.roster.http.Json;
import dev.roster.http.ListParams;
import dev.roster.http.Operations;
import dev.roster.http.RequestBody;
import java.util.function.Consumer;

/**
 * Runs DevRev operations by name as one caller, with the checks and answers a request gets: bulk
 * import and export read and write only through them, so a file holds what the API shows and every
 * row passes the API's validation.
 */
final class OperationRunner {
    private final Operations operations;
    private final Caller importer;
    private Caller caller;

    OperationRunner(Operations operations, Caller importer) {
        this.operations = operations;
        this.importer = importer;
        this.caller = importer;
    }

    Caller caller() { return caller; }

    /** Runs what follows as dev user {@code userId} of the same dev org, with the same scope; null for the importer. */
    void actAs(Long userId) {
        caller = userId == null ? importer : new Caller(importer.orgId(), userId, importer.scope());
    }

    /** The operation's answer as a client reads it; an empty object for an answer without a body. */
    JsonNode run(String operation, ObjectNode request) {
        Object answer = operations.find(operation)
            .orElseThrow(() -> new IllegalStateException("no operation " + operation)).operation()
            .run(caller, RequestBody.ofJson(request));
        return answer == null ? Json.MAPPER.createObjectNode() : Json.MAPPER.valueToTree(answer);
    }

    /** Every item of a list operation's {@code field}, page by page (one page in memory at a time). */
    void forEach(String operation, ObjectNode filter, String field, Consumer<ObjectNode> each) {
        String cursor = null;
        do {
            ObjectNode request = filter.deepCopy().put("limit", ListParams.MAX_LIMIT);
            if (cursor != null) request.put("cursor", cursor);
            JsonNode page = run(operation, request);
            for (JsonNode item : page.path(field)) each.accept((ObjectNode) item);
            cursor = page.path("next_cursor").textValue();
        } while (cursor != null);
    }

    static ObjectNode request() { return Json.MAPPER.createObjectNode(); }
}
