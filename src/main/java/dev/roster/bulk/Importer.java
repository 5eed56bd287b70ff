package dev.roster.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.auth.Caller;
import dev.roster.auth.Scope;
import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import dev.roster.events.EventOutbox;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.server.Services;
import dev.roster.store.StoreException;
import dev.roster.store.Tx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code roster import}: NDJSON lines into a dev org, each through the operations a client would run.
 * Lines are committed in batches, one transaction each; every line runs under a savepoint, so a bad
 * one is rolled back alone, reported, and the batch goes on. A dry run is one transaction, rolled back.
 */
public final class Importer {
    /** Lines a transaction commits: enough that commits cost little, few enough that an interruption loses little. */
    public static final int BATCH = 1000;

    /** How an import runs. {@code emitEvents}: whether its changes emit webhook events (they do not by default). */
    public record Options(ImportMode mode, boolean dryRun, boolean failFast, boolean emitEvents) {}

    private final Services services;
    private final Options options;
    private final ImportListener listener;
    private volatile boolean stopRequested;
    private long imported, updated, skipped, failed, line, committedThrough;
    private boolean stoppedEarly, ended;

    public Importer(Services services, Options options, ImportListener listener) {
        this.services = services;
        this.options = options;
        this.listener = listener;
    }

    /** Asks the import to stop after the line under way: what is done so far is committed (Ctrl-C). */
    public void stop() { stopRequested = true; }

    /**
     * Imports {@code in}'s lines after line {@code resumeAfter} (0 for all) into dev org {@code orgId};
     * {@code fileIds} are those a previous run of the file recorded (see {@link ImportListener#committed}).
     */
    public ImportSummary run(long orgId, BufferedReader in, long resumeAfter, Map<String, String> fileIds) {
        RowContext ctx = new RowContext(new OperationRunner(services.operations(), importer(orgId)), options.mode(), services);
        fileIds.forEach(ctx.keys::imported);
        skip(in, resumeAfter);
        committedThrough = resumeAfter;
        Supplier<ImportSummary> work = () -> options.dryRun() ? dryRun(ctx, in) : batches(ctx, in);
        return options.emitEvents() ? work.get() : EventOutbox.muted(work);
    }

    /** The dev org's first dev user, as whom the operations run: lines without an author of their own keep it. */
    private Caller importer(long orgId) {
        OperationRunner anyone = new OperationRunner(services.operations(), new Caller(orgId, 0, Scope.ADMIN));
        JsonNode first = anyone.run("dev-users.list", OperationRunner.request().put("limit", 1)).path("dev_users").path(0);
        if (first.isMissingNode()) {
            throw ApiError.notFound("the dev org has no dev user to import as").toException();
        }
        return new Caller(orgId, IdParser.parse("id", first.path("id").asText(), IdKind.DEV_USER, orgId), Scope.ADMIN);
    }

    private ImportSummary batches(RowContext ctx, BufferedReader in) {
        while (!ended && !stoppedEarly) {
            services.db().writeAsOne(tx -> batch(ctx, tx, in));
            listener.committed(committedThrough, summary(), ctx.keys.fileIds());
        }
        return summary();
    }

    /** Every line in one transaction, rolled back at the end: each sees what the lines before it did. */
    private ImportSummary dryRun(RowContext ctx, BufferedReader in) {
        try {
            services.db().writeAsOne(tx -> {
                while (!ended && !stoppedEarly) batch(ctx, tx, in);
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            // Nothing of a dry run is kept.
        }
        return summary();
    }

    private static final class RolledBack extends RuntimeException {
        RolledBack() { super(null, null, false, false); }
    }

    private Void batch(RowContext ctx, Tx tx, BufferedReader in) {
        ctx.in(tx);
        for (int n = 0; n < BATCH; n++) {
            if (stopRequested) {
                stoppedEarly = true;
                return null;
            }
            String text = readLine(in);
            if (text == null) {
                ended = true;
                return null;
            }
            line++;
            RowError error = text.isBlank() ? null : row(ctx, tx, text);
            if (error != null) {
                failed++;
                listener.failed(error);
                if (options.failFast()) {
                    stoppedEarly = true;
                    return null;
                }
            }
            committedThrough = line;
            listener.read(line);
        }
        return null;
    }

    /** Imports one line under a savepoint; answers why it was not imported, or null. */
    private RowError row(RowContext ctx, Tx tx, String text) {
        ObjectNode object;
        try {
            JsonNode parsed = Json.MAPPER.readTree(text);
            if (!(parsed instanceof ObjectNode o)) return new RowError(line, null, null, "is not a JSON object");
            object = o;
        } catch (JsonProcessingException e) {
            return new RowError(line, null, null, "is not JSON: " + e.getOriginalMessage());
        }
        String type = object.path("type").textValue();
        RowKind kind = type == null ? null : RowKinds.of(type).orElse(null);
        if (kind == null) {
            return new RowError(line, type, "type", (type == null ? "is missing" : "'" + type + "' is no type Roster imports")
                + "; the types are " + RowKinds.known());
        }
        tx.update("savepoint bulk_line");
        try {
            count(kind.apply(object, ctx));
            tx.update("release savepoint bulk_line");
            return null;
        } catch (ApiException | StoreException refused) {
            tx.update("rollback to savepoint bulk_line");
            tx.update("release savepoint bulk_line");
            ctx.keys.forget();
            return refused instanceof ApiException api ? RowError.of(line, type, api.error())
                : new RowError(line, type, null, "the database refused it: " + refused.getMessage());
        }
    }

    private void count(Outcome outcome) {
        switch (outcome) {
            case IMPORTED -> imported++;
            case UPDATED -> updated++;
            case SKIPPED -> skipped++;
        }
    }

    private ImportSummary summary() {
        return new ImportSummary(imported, updated, skipped, failed, options.dryRun() ? 0 : committedThrough, stoppedEarly,
            options.dryRun());
    }

    private void skip(BufferedReader in, long lines) {
        for (; line < lines; line++) {
            if (readLine(in) == null) return;
        }
    }

    private static String readLine(BufferedReader in) {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
