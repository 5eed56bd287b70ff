package dev.roster.testing;

import dev.roster.fixtures.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The fixtures test servers load: the repository's own ({@code fixtures/}, acme among them) and the
 * tests' ({@code src/test/resources/fixtures/}), copied into one folder, as {@code --fixtures} takes them.
 */
public final class TestFixtures {
    private static final Path SHIPPED = Path.of("fixtures");
    private static final Path TESTS = Path.of("src/test/resources/fixtures");

    private TestFixtures() {}

    /** A new folder holding every fixture. */
    public static Path folder() {
        Path folder = RosterTestServer.tempDir();
        copyAll(SHIPPED, folder);
        copyAll(TESTS, folder);
        return folder;
    }

    public static Fixtures library() {
        return Fixtures.load(folder());
    }

    private static void copyAll(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) Files.copy(file, to.resolve(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
