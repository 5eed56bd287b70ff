package dev.roster.cli;

import dev.roster.bulk.Importer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during an import: the JVM runs this hook, which asks the import to stop after the line under
 * way and waits until it has committed and reported (until this is closed), so that what the summary says is what is stored.
 */
final class Interruption implements AutoCloseable {
    /** Longest wait for the import to commit before the JVM exits anyway. */
    private static final long WAIT_SECONDS = 60;

    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;
    private volatile Importer importer;

    Interruption() {
        hook = new Thread(() -> {
            Importer running = importer;
            if (running != null) running.stop();
            try {
                done.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "import-interruption");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The import a Ctrl-C stops from now on. */
    void stops(Importer running) { importer = running; }

    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs already; it has been let go above.
        }
    }
}
