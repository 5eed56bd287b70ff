package dev.roster.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's folder and files are readable by their owner alone, whatever the umask: they hold
 * every tenant's data and every token's hash. What Roster creates it creates so; what it finds
 * readable by others it narrows, and says so.
 */
public final class PrivateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateFiles.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /**
     * Creates the folder (and its parents) owner-only. An existing folder may be shared on purpose
     * (a user may point Roster at any folder), so it is left as it is, with a warning when others
     * may enter it: Roster's own files in it stay owner-only either way.
     */
    public static void folder(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                Files.setPosixFilePermissions(folder, FOLDER);
                return;
            }
            Set<PosixFilePermission> found = Files.getPosixFilePermissions(folder);
            if (!FOLDER.containsAll(found)) {
                LOG.warn("the data folder {} is open to other users ({}); Roster's files in it are owner-only, "
                    + "and chmod 700 on the folder hides their names too", folder, PosixFilePermissions.toString(found));
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: permissions are the platform's to keep.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + folder, e);
        }
    }

    /** Creates an empty owner-only file unless it exists, and narrows an existing one. */
    static void file(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            narrowQuietly(file);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }

    /** Narrows a file that exists (SQLite's -wal and -shm, left by an earlier run); absent is fine. */
    static void existing(Path file) {
        if (Files.exists(file)) narrowQuietly(file);
    }

    private static void narrowQuietly(Path file) {
        try {
            narrow(file);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + file, e);
        }
    }

    private static void narrow(Path file) throws IOException {
        Set<PosixFilePermission> found = Files.getPosixFilePermissions(file);
        if (FILE.containsAll(found)) return;
        Files.setPosixFilePermissions(file, FILE);
        LOG.warn("{} was open to other users ({}); it is now {}", file, PosixFilePermissions.toString(found),
            PosixFilePermissions.toString(FILE));
    }
}
