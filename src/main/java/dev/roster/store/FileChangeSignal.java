package dev.roster.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The SQLite {@link ChangeSignal}: a counter in a small file beside the database, mapped into the
 * memory of every process that opens the database, so reading it costs no query and no system call.
 * A committing process adds one to it before its call returns. This is the same shared-memory
 * mechanism SQLite's own WAL index relies on, so it holds wherever the database itself works. An
 * in-memory database has no file to put the counter beside and no other process to tell: it gets a
 * {@link MemoryChangeSignal}.
 */
final class FileChangeSignal implements ChangeSignal {
    // Offset 0 of a mapping is page-aligned, so these accesses are atomic, across processes too.
    private static final VarHandle COUNTER = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final MappedByteBuffer shared;

    private FileChangeSignal(MappedByteBuffer shared) {
        this.shared = shared;
    }

    /** The signal for the SQLite database at {@code jdbcUrl}. */
    static ChangeSignal open(String jdbcUrl) {
        Path database = databaseFile(jdbcUrl);
        if (database == null) return new MemoryChangeSignal();
        Path file = counterFile(database);
        PrivateFiles.file(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            // The mapping outlives the channel; a new file reads as zeros.
            return new FileChangeSignal(channel.map(FileChannel.MapMode.READ_WRITE, 0, Long.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file + " (Roster keeps a change counter beside the database)", e);
        }
    }

    /**
     * The counter's file, named after the database's real path, so that every spelling of that path
     * (a symbolic link, a relative path) leads every process to the same counter.
     */
    static Path counterFile(Path database) {
        try {
            Path real = Files.exists(database) ? database.toRealPath()
                : database.toAbsolutePath().getParent().toRealPath().resolve(database.getFileName());
            return real.resolveSibling(real.getFileName() + "-changes");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve the database path " + database, e);
        }
    }

    /** The database file a SQLite URL names, or null for an in-memory database. */
    static Path databaseFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = rest.indexOf('?');
        String options = query < 0 ? "" : rest.substring(query + 1);
        if (query >= 0) rest = rest.substring(0, query);
        if (rest.startsWith("file:")) rest = uriPath(rest);
        if (rest.isEmpty() || rest.equals(":memory:") || isInMemory(options)) return null;
        return Path.of(rest).toAbsolutePath();
    }

    /** True when the URI's options keep the database in memory: {@code mode=memory}, or SQLite's memdb VFS. */
    private static boolean isInMemory(String options) {
        for (String option : options.split("&")) {
            if (option.equals("mode=memory") || option.equals("vfs=memdb")) return true;
        }
        return false;
    }

    /** The decoded path of a {@code file:} URI, absolute ({@code file:///a}, {@code file://localhost/a}) or not. */
    private static String uriPath(String uri) {
        try {
            URI parsed = new URI(uri);
            return parsed.getPath() != null ? parsed.getPath() : parsed.getSchemeSpecificPart();
        } catch (URISyntaxException e) {
            return uri.substring("file:".length());
        }
    }

    @Override
    public long version() {
        // Masked so that a counter that wrapped can never read as UNKNOWN.
        return (long) COUNTER.getVolatile(shared, 0) & Long.MAX_VALUE;
    }

    @Override
    public void announce(Tx tx) {
        tx.afterCommit(() -> COUNTER.getAndAdd(shared, 0, 1L));
    }

    @Override
    public void follow() {
        // Nothing to start: every process reads the shared counter directly.
    }

    @Override
    public void close() {
        // The mapping is released with the buffer.
    }
}
