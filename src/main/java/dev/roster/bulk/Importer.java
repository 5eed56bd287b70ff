package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Caller;
import dev.roster.auth.Scope;
import dev.roster.errors.ApiError;
import dev.roster.events.EventOutbox;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.server.Services;
import dev.roster.store.Engine;
import dev.roster.store.Tx;
import dev.roster.webhooks.WebhookSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * {@code roster import}: NDJSON lines into a dev org, each through the operations a client would run.
 * Lines are committed in batches, one transaction each ({@link Batch}); a bad line is rolled back
 * alone, reported, and the import goes on. On PostgreSQL, batches of rev users alone run side by side
 * ({@link Workers}). A dry run is one transaction, rolled back.
 */
public final class Importer {
    /** Lines a transaction commits: enough that commits cost little, few enough that an interruption loses little. */
    public static final int BATCH = 1000;
    /** Batches of rev users in flight at once on PostgreSQL, where each line waits on round trips to the server. */
    static final int POSTGRES_WORKERS = 4;

    /**
     * How an import runs. {@code emitEvents}: whether its changes emit webhook events (they do not by
     * default); {@code webhooks}: the serving server's webhook settings, which imported webhooks follow.
     */
    public record Options(ImportMode mode, boolean dryRun, boolean failFast, boolean emitEvents, WebhookSettings webhooks) {}

    private final Services services;
    private final Options options;
    private final ImportListener listener;
    private final Map<String, String> fileIds = new ConcurrentHashMap<>();
    private final Tidying tidying;
    private volatile boolean stopRequested;
    private long imported, updated, skipped, failed, line, committedThrough;
    private boolean stoppedEarly, ended;

    public Importer(Services services, Options options, ImportListener listener) {
        this.services = services;
        this.options = options;
        this.listener = listener;
        this.tidying = new Tidying(services.db(), new ImportStore());
    }

    /** Asks the import to stop after the line under way: what is done so far is committed (Ctrl-C). */
    public void stop() { stopRequested = true; }

    /**
     * Imports {@code in}'s lines after line {@code resumeAfter} (0 for all) into dev org {@code orgId};
     * {@code fileIds} are those a previous run of the file recorded (see {@link ImportListener#committed}).
     */
    public ImportSummary run(long orgId, BufferedReader in, long resumeAfter, Map<String, String> fileIds) {
        this.fileIds.putAll(fileIds);
        Caller importer = importer(orgId);
        skip(in, resumeAfter);
        committedThrough = resumeAfter;
        Supplier<ImportSummary> work = () -> options.dryRun() ? dryRun(context(importer), in) : batches(importer, in);
        return quietUnlessAsked(work);
    }

    /** Runs {@code work} without emitting events, unless the import was asked to emit them. */
    <T> T quietUnlessAsked(Supplier<T> work) {
        return options.emitEvents() ? work.get() : EventOutbox.muted(work);
    }

    /**
     * What one thread imports lines with. Its operations run on a clock of their own, which each line
     * sets to its object's creation.
     */
    RowContext context(Caller importer) {
        LineClock clock = new LineClock();
        Services stamped = BulkServices.over(services.db(), clock, options.webhooks());
        return new RowContext(new OperationRunner(stamped.operations(), importer), options.mode(), stamped, clock, fileIds);
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

    private ImportSummary batches(Caller importer, BufferedReader in) {
        RowContext ctx = context(importer);
        boolean sideBySide = services.db().engine() == Engine.POSTGRESQL && !options.failFast();
        try (Workers workers = sideBySide ? new Workers(this, importer, POSTGRES_WORKERS) : null) {
            while (goesOn()) {
                List<String> lines = read(in);
                long first = line + 1;
                line += lines.size();
                if (workers != null && Workers.isRevUsersOnly(lines)) {
                    workers.submit(lines, first).forEach(this::settle);
                    continue;
                }
                if (workers != null) workers.drain().forEach(this::settle);
                settle(services.db().writeAsOne(tx -> runBatch(ctx, tx, lines, first, () -> stopRequested)));
            }
            if (workers != null) workers.drain().forEach(this::settle);
        }
        tidying.finish();
        return summary();
    }

    /** Every line in one transaction, rolled back at the end: each sees what the lines before it did. */
    private ImportSummary dryRun(RowContext ctx, BufferedReader in) {
        try {
            services.db().writeAsOne(tx -> {
                while (goesOn()) {
                    List<String> lines = read(in);
                    long first = line + 1;
                    line += lines.size();
                    record(runBatch(ctx, tx, lines, first, () -> stopRequested));
                }
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

    private List<String> read(BufferedReader in) {
        List<String> lines = new ArrayList<>(BATCH);
        for (String text; lines.size() < BATCH && (text = readLine(in)) != null; ) lines.add(text);
        ended = lines.size() < BATCH;
        return lines;
    }

    Batch runBatch(RowContext ctx, Tx tx, List<String> lines, long first, BooleanSupplier stop) {
        Batch batch = new Batch(lines, first, ctx, options.failFast(), stop);
        batch.run(tx);
        return batch;
    }

    /** Adds up a committed batch and reports it: its errors, the progress, and the place to resume from. */
    private void settle(Batch batch) {
        long before = committedThrough;
        record(batch);
        listener.committed(committedThrough, Map.copyOf(fileIds));
        tidying.committed(committedThrough - before);
    }

    private void record(Batch batch) {
        imported += batch.imported;
        updated += batch.updated;
        skipped += batch.skipped;
        failed += batch.errors.size();
        batch.errors.forEach(listener::failed);
        committedThrough = batch.through;
        if (batch.stoppedEarly) stoppedEarly = true;
        listener.read(batch.through);
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
