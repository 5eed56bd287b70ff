package dev.roster.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/roster.jar serve} as a separate process, the way an operator runs it. */
final class RosterProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "roster.jar");

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private int port;

    private final Path stderr;

    private RosterProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) lines.add(line);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "roster-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server on {@code dataDir} (and {@code dbUrl} if not null) and waits for its {@code listening on} line. */
    static RosterProcess start(Path dataDir, String dbUrl, String bootstrapToken) {
        List<String> storage = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        if (dbUrl != null) storage.addAll(List.of("--db-url", dbUrl));
        return start(null, dataDir.resolve("stderr.log"), storage, bootstrapToken);
    }

    /**
     * Starts {@code serve} with {@code options} on a free port, in {@code workingDir} (null: this
     * process's), its standard error going to {@code stderr}, and waits for its {@code listening on} line.
     */
    static RosterProcess start(Path workingDir, Path stderr, List<String> options, String bootstrapToken) {
        if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: run the tests with mvn verify");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
            "-jar", JAR.toAbsolutePath().toString(), "serve", "--port", "0"));
        // Off unless the test asks for a limit: the environment's ROSTER_RATE_LIMIT must not reach a test's server.
        if (!options.contains("--rate-limit")) command.addAll(List.of("--rate-limit", "off"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        if (workingDir != null) builder.directory(workingDir.toFile());
        if (bootstrapToken != null) builder.environment().put("ROSTER_BOOTSTRAP_TOKEN", bootstrapToken);
        builder.environment().remove("ROSTER_DB_URL");
        builder.environment().remove("ROSTER_DATA_DIR");
        try {
            RosterProcess roster = new RosterProcess(builder.start(), stderr);
            roster.port = roster.awaitListening();
            return roster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int awaitListening() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try {
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    if (!process.isAlive()) throw new IllegalStateException("roster exited early: " + seen + stderrTail());
                    continue;
                }
                seen.add(line);
                if (line.startsWith("listening on http://")) return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("roster did not start: " + seen);
    }

    /** What the process wrote to stderr, for the message of a failed start. */
    private String stderrTail() {
        try {
            String text = Files.readString(stderr);
            return "; stderr: " + (text.length() > 2_000 ? text.substring(text.length() - 2_000) : text);
        } catch (IOException e) {
            return "";
        }
    }

    /** The lines printed before {@code listening on}. */
    List<String> startupLines() { return seen; }

    String baseUrl() { return "http://127.0.0.1:" + port; }

    int port() { return port; }

    /** SIGTERM, then the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("roster did not stop on SIGTERM");
        return process.exitValue();
    }

    /** SIGKILL: no chance to flush or clean up. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
