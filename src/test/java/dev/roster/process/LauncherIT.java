package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar roster.jar} with a java older than 21 first on the PATH, as a newcomer meets it:
 * with JAVA_HOME at a JDK 21+ (the build's own advice) Roster runs; without, one line says what to do.
 */
class LauncherIT {
    private record Result(int exit, String out, String err) {}

    /** A java older than 21 on this machine, if there is one. */
    private static Optional<Path> olderJava() throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return Optional.empty();
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(home -> Files.isExecutable(home.resolve("bin/java")) && Files.isRegularFile(home.resolve("release")))
                .filter(home -> feature(home) > 0 && feature(home) < 21).map(home -> home.resolve("bin/java")).findFirst();
        }
    }

    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String[] parts = version.split("[._+-]");
                    int first = Integer.parseInt(parts[0]);
                    return first == 1 ? Integer.parseInt(parts[1]) : first;
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static Result run(Path java, String javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", RosterProcess.JAR.toString(), "--version"));
        builder.environment().remove("JAVA_HOME");
        if (javaHome != null) builder.environment().put("JAVA_HOME", javaHome);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8).trim(),
            Files.readString(err, StandardCharsets.UTF_8).trim());
    }

    @Test
    void an_old_java_runs_roster_under_java_home_or_says_in_one_line_what_to_do() throws Exception {
        Optional<Path> old = olderJava();
        assumeTrue(old.isPresent(), "no java older than 21 under /usr/lib/jvm: launcher test skipped");
        String current = System.getProperty("java.home");

        Result underJavaHome = run(old.get(), current);
        assertEquals(0, underJavaHome.exit(), underJavaHome.err());
        assertEquals("roster 0.1.0", underJavaHome.out());

        Result alone = run(old.get(), null);
        assertEquals(1, alone.exit());
        assertEquals(1, alone.err().lines().count(), "one line, no stack trace: " + alone.err());
        assertTrue(alone.err().contains("needs Java 21") && alone.err().contains("JAVA_HOME"), alone.err());
    }
}
