package dev.roster.store;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@link ChangeSignal} of an in-memory SQLite database: only the process that holds the
 * database can change it, so a counter in that process is the whole truth and tokens are cached as
 * on a file.
 */
final class MemoryChangeSignal implements ChangeSignal {
    private final AtomicLong version = new AtomicLong();

    @Override
    public long version() {
        // Masked so that a counter that wrapped can never read as UNKNOWN.
        return version.get() & Long.MAX_VALUE;
    }

    @Override
    public void announce(Tx tx) {
        tx.afterCommit(version::incrementAndGet);
    }

    @Override
    public void follow() {
        // Nothing to follow: no other process can reach the database.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
