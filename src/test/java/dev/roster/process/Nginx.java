package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's nginx as a process of the test's own, running the repository's
 * {@code deploy/nginx/roster.conf} with only its listening port, its instances' ports and its log's
 * folder changed, so the configuration users copy is the one tested.
 */
final class Nginx implements AutoCloseable {
    static final Path CONFIG = Path.of("deploy", "nginx", "roster.conf");
    private static final Pattern INSTANCE = Pattern.compile("server 127\\.0\\.0\\.1:(808[1-9])");

    private final Process process;
    private final Path dir;
    private final int port;

    private Nginx(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    /**
     * The nginx binary. Outside CI a machine without it skips the test, saying so; in CI (where
     * {@code .ci/run} installs it) its absence fails the test.
     */
    static Path binary() {
        Optional<Path> found = Stream.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")
            .map(Path::of).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && System.getenv("CI") != null) fail("nginx is not installed, and CI is set: .ci/run installs it");
        assumeTrue(found.isPresent(), "nginx is not installed (apt-get install nginx): several-instances test skipped");
        return found.orElseThrow();
    }

    /** Starts nginx in front of {@code instances} (as many as the configuration lists), in a folder of its own. */
    static Nginx start(Path dir, List<RosterProcess> instances) throws IOException, InterruptedException {
        Path binary = binary();
        int port = freePort();
        Files.writeString(dir.resolve("roster.conf"), roster(Files.readString(CONFIG), port, instances, dir));
        Files.writeString(dir.resolve("nginx.conf"), main(dir));
        Process process = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
            "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        Nginx nginx = new Nginx(process, dir, port);
        nginx.awaitListening();
        return nginx;
    }

    /** The deployed file with the test's ports and log folder: each replaced line must be there to replace. */
    static String roster(String config, int port, List<RosterProcess> instances, Path dir) {
        Matcher m = INSTANCE.matcher(config);
        StringBuilder out = new StringBuilder();
        int listed = 0;
        while (m.find()) {
            if (listed >= instances.size()) fail(CONFIG + " lists more instances than the test runs");
            m.appendReplacement(out, "server 127.0.0.1:" + instances.get(listed++).port());
        }
        m.appendTail(out);
        assertEquals(instances.size(), listed, CONFIG + " lists as many instances as the test runs");
        String listen = "    listen 8080;\n";
        String logs = "/var/log/nginx/";
        if (!out.toString().contains(listen) || !out.toString().contains(logs)) fail(CONFIG + " changed: update Nginx.roster");
        return out.toString().replace(listen, "    listen 127.0.0.1:" + port + ";\n").replace(logs, dir + "/");
    }

    /** What Debian's /etc/nginx/nginx.conf provides around conf.d, with every path in the test's folder. */
    private static String main(Path dir) {
        return """
            pid %1$s/nginx.pid;
            error_log %1$s/error.log;
            worker_processes 1;
            events { worker_connections 1024; }
            http {
                client_body_temp_path %1$s/body;
                proxy_temp_path %1$s/proxy;
                fastcgi_temp_path %1$s/fastcgi;
                uwsgi_temp_path %1$s/uwsgi;
                scgi_temp_path %1$s/scgi;
                include %1$s/roster.conf;
            }
            """.formatted(dir);
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) fail("nginx exited with " + process.exitValue() + ": " + output());
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        fail("nginx did not listen on " + port + ": " + output());
    }

    private String output() {
        try {
            return Files.readString(dir.resolve("nginx.out")) + Files.readString(dir.resolve("error.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() { return "http://127.0.0.1:" + port; }

    @Override
    public void close() throws InterruptedException {
        // SIGTERM is nginx's fast shutdown; the master stops its worker.
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
}
