package dev.roster.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the import's progress display needs to know: the input's length in lines, and whether a person watches. */
final class Lines {
    private Lines() {}

    /** The lines of {@code file}, counted by their line breaks (a last line without one counts too). */
    static long count(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }

    /**
     * Whether standard error reaches a terminal. Since Java 22 a console exists even when the streams
     * are redirected, and {@code isTerminal} (not in Java 21's API, so looked up) tells which.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
