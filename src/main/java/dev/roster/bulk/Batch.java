package dev.roster.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiException;
import dev.roster.http.Json;
import dev.roster.store.StoreException;
import dev.roster.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One batch of lines in one transaction. The lines run first as they are; if one is refused, the
 * batch is rolled back and runs again with a savepoint around each line, so that the refused ones
 * are undone alone. Good files, the usual case, so pay for no savepoints.
 */
final class Batch {
    private static final String BATCH = "bulk_batch";
    private static final String LINE = "bulk_line";

    private final List<String> lines;
    /** The number of the batch's first line in the file (from 1). */
    private final long first;
    private final RowContext ctx;
    private final boolean failFast;
    private final BooleanSupplier stopRequested;

    long imported, updated, skipped;
    final List<RowError> errors = new ArrayList<>();
    /** The last line done, of those this batch read: all of them unless it stopped early. */
    long through;
    boolean stoppedEarly;

    Batch(List<String> lines, long first, RowContext ctx, boolean failFast, BooleanSupplier stopRequested) {
        this.lines = lines;
        this.first = first;
        this.ctx = ctx;
        this.failFast = failFast;
        this.stopRequested = stopRequested;
    }

    void run(Tx tx) {
        ctx.in(tx);
        ctx.store.enlargeCache(tx);
        ctx.store.savepoint(tx, BATCH);
        if (!pass(tx, false)) {
            ctx.store.rollbackTo(tx, BATCH);
            ctx.keys.forget();
            ctx.store.savepoint(tx, BATCH);
            pass(tx, true);
        }
        ctx.store.release(tx, BATCH);
    }

    /** Runs the lines, each under a savepoint if {@code guarded}; false when unguarded and a line was refused. */
    private boolean pass(Tx tx, boolean guarded) {
        imported = updated = skipped = 0;
        errors.clear();
        through = first - 1;
        stoppedEarly = false;
        for (int i = 0; i < lines.size(); i++) {
            if (stopRequested.getAsBoolean()) {
                stoppedEarly = true;
                return true;
            }
            long number = first + i;
            String text = lines.get(i);
            RowError error;
            try {
                error = text.isBlank() ? null : row(tx, number, text, guarded);
            } catch (ApiException | StoreException refused) {
                return false;
            }
            if (error != null) {
                errors.add(error);
                if (failFast) {
                    stoppedEarly = true;
                    return true;
                }
            }
            through = number;
        }
        return true;
    }

    /** Imports one line; answers why it was not imported, or null. Unguarded, a refusal is thrown. */
    private RowError row(Tx tx, long number, String text, boolean guarded) {
        ObjectNode object;
        try {
            JsonNode parsed = Json.MAPPER.readTree(text);
            if (!(parsed instanceof ObjectNode o)) return new RowError(number, null, null, "is not a JSON object");
            object = o;
        } catch (JsonProcessingException e) {
            return new RowError(number, null, null, "is not JSON: " + e.getOriginalMessage());
        }
        String type = object.path("type").textValue();
        RowKind kind = type == null ? null : RowKinds.of(type).orElse(null);
        if (kind == null) {
            return new RowError(number, type, "type", (type == null ? "is missing" : "'" + type + "' is no type Roster imports")
                + "; the types are " + RowKinds.known());
        }
        if (!guarded) {
            apply(kind, object);
            return null;
        }
        ctx.store.savepoint(tx, LINE);
        try {
            apply(kind, object);
            ctx.store.release(tx, LINE);
            return null;
        } catch (ApiException | StoreException refused) {
            ctx.store.rollbackTo(tx, LINE);
            ctx.keys.forget();
            return refused instanceof ApiException api ? RowError.of(number, type, api.error())
                : new RowError(number, type, null, "the database refused it: " + refused.getMessage());
        }
    }

    private void apply(RowKind kind, ObjectNode object) {
        try {
            ctx.begin(object);
            count(kind.apply(object, ctx));
        } finally {
            ctx.end();
        }
    }

    private void count(Outcome outcome) {
        switch (outcome) {
            case IMPORTED -> imported++;
            case UPDATED -> updated++;
            case SKIPPED -> skipped++;
        }
    }
}
