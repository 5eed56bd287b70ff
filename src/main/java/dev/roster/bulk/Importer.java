package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Caller;
import dev.roster.auth.Scope;
import dev.roster.errors.ApiError;
import dev.roster.events.EventOutbox;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.server.Services;
import dev.roster.store.Tx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code roster import}: NDJSON lines into a dev org, each through the operations a client would run.
 * Lines are committed in batches, one transaction each ({@link Batch}); a bad line is rolled back
 * alone, reported, and the import goes on. A dry run is one transaction, rolled back.
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
        // The operations run on a clock of their own, which each line sets to its object's creation.
        LineClock clock = new LineClock();
        Services stamped = Services.over(services.db(), clock);
        RowContext ctx = new RowContext(new OperationRunner(stamped.operations(), importer(orgId)), options.mode(), stamped, clock);
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
        while (goesOn()) {
            services.db().writeAsOne(tx -> batch(ctx, tx, in));
            listener.committed(committedThrough, summary(), ctx.keys.fileIds());
        }
        return summary();
    }

    /** Every line in one transaction, rolled back at the end: each sees what the lines before it did. */
    private ImportSummary dryRun(RowContext ctx, BufferedReader in) {
        try {
            services.db().writeAsOne(tx -> {
                while (goesOn()) batch(ctx, tx, in);
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

    /** Whether another batch is to run: not at the end, not stopped, and no stop asked for between batches. */
    private boolean goesOn() {
        if (stopRequested) stoppedEarly = true;
        return !ended && !stoppedEarly;
    }

    /** Reads the next batch of lines and runs it in {@code tx}, adding up what it did. */
    private Void batch(RowContext ctx, Tx tx, BufferedReader in) {
        List<String> lines = new ArrayList<>(BATCH);
        for (String text; lines.size() < BATCH && (text = readLine(in)) != null; ) lines.add(text);
        ended = lines.size() < BATCH;
        Batch batch = new Batch(lines, line + 1, ctx, options.failFast(), () -> stopRequested);
        batch.run(tx);
        line += lines.size();
        imported += batch.imported;
        updated += batch.updated;
        skipped += batch.skipped;
        failed += batch.errors.size();
        batch.errors.forEach(listener::failed);
        committedThrough = batch.through;
        stoppedEarly = batch.stoppedEarly;
        listener.read(batch.through);
        return null;
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
