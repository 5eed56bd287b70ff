package dev.roster.bulk;

import dev.roster.auth.Caller;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batches of rev users run side by side, each in its own transaction on a thread of its own, on
 * PostgreSQL, where a line spends most of its time waiting on the server. Only batches of rev users
 * alone: they refer to nothing the others create (accounts, rev orgs and tags come before them and
 * are committed first), and nothing in such a batch refers to them. Batches are settled in file
 * order, so the place an import resumes from never passes a batch that has not committed; a batch
 * under way always runs to its end, so a stop leaves no gap.
 */
final class Workers implements AutoCloseable {
    private static final String REV_USER_LINE = "{\"type\":\"rev_user\"";

    private final Importer importer;
    private final ExecutorService threads;
    private final BlockingQueue<RowContext> contexts;
    private final Deque<Future<Batch>> inFlight = new ArrayDeque<>();
    private final int size;

    Workers(Importer importer, Caller caller, int size) {
        this.importer = importer;
        this.size = size;
        this.threads = Executors.newFixedThreadPool(size);
        this.contexts = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) contexts.add(importer.context(caller));
    }

    /**
     * Whether every line is a rev user's, as an export writes it ({@code type} first); any other
     * line, in any other form, makes the batch run alone.
     */
    static boolean isRevUsersOnly(List<String> lines) {
        for (String line : lines) {
            if (!line.startsWith(REV_USER_LINE)) return false;
        }
        return !lines.isEmpty();
    }

    /** Starts a batch once a worker is free; answers the batches that committed meanwhile, in file order. */
    List<Batch> submit(List<String> lines, long first) {
        List<Batch> settled = new ArrayList<>();
        while (inFlight.size() >= size) settled.add(await(inFlight.removeFirst()));
        inFlight.addLast(threads.submit(() -> run(lines, first)));
        while (!inFlight.isEmpty() && inFlight.peekFirst().isDone()) settled.add(await(inFlight.removeFirst()));
        return settled;
    }

    /** Waits for every batch in flight; answers them in file order. */
    List<Batch> drain() {
        List<Batch> settled = new ArrayList<>();
        while (!inFlight.isEmpty()) settled.add(await(inFlight.removeFirst()));
        return settled;
    }

    private Batch run(List<String> lines, long first) throws InterruptedException {
        RowContext ctx = contexts.take();
        try {
            return importer.quietUnlessAsked(() -> ctx.services.db().writeAsOne(tx ->
                importer.runBatch(ctx, tx, lines, first, () -> false)));
        } finally {
            contexts.add(ctx);
        }
    }

    private static Batch await(Future<Batch> batch) {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a batch", e);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
