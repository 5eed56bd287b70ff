package dev.roster.store;

/**
 * A version number shared by every process that uses one database, moved after each commit that
 * changes who may authenticate (a token revoked, a dev user deactivated or merged). The token cache
 * keeps an entry only while the version it was read under is current, so such a change bites at
 * once, whichever process makes it: the server itself, {@code roster token revoke}, or another
 * server on the same PostgreSQL database.
 */
public sealed interface ChangeSignal extends AutoCloseable permits FileChangeSignal, MemoryChangeSignal, NotifyChangeSignal {
    /** What {@link #version} answers while changes might go unseen: nothing may be cached then. */
    long UNKNOWN = -1;

    /** The current version, or {@link #UNKNOWN}. Read it before reading what it guards. */
    long version();

    /** Makes the commit of {@code tx} move the version, in this process and in every other. */
    void announce(Tx tx);

    /** Starts following other processes' changes; until then {@link #version} may answer {@link #UNKNOWN}. */
    void follow();

    @Override
    void close();
}
