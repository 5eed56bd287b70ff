package dev.roster.testing;

import dev.roster.auth.Scope;
import dev.roster.fixtures.Fixtures;
import dev.roster.server.RosterConfig;
import dev.roster.server.RosterServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * A server in this JVM, of its own, for tests that change its configuration, stop and restart it, or
 * start several over one store (rate limits, shedding, shutdown, bootstrap, the token cache), on
 * SQLite in a fresh directory unless told otherwise. {@link RosterTestServer} keeps one per engine
 * for the tests that share it; {@code process/RosterProcess} runs the jar as its own process.
 */
public final class DedicatedServer implements AutoCloseable {
    private final RosterServer server;
    private final Path dataDir;

    private DedicatedServer(RosterServer server, Path dataDir) {
        this.server = server;
        this.dataDir = dataDir;
    }

    /** A test server's settings (no rate limit, a long database wait), tuned. */
    public static DedicatedServer start(java.util.function.UnaryOperator<RosterConfig> tune) {
        Path dir = RosterTestServer.tempDir();
        return start(dir, tune.apply(RosterTestServer.config(dir, null)));
    }

    /** On the settings a user gets without options (on a free port), rate limits included. */
    public static DedicatedServer startOnDefaults() {
        Path dir = RosterTestServer.tempDir();
        return start(dir, RosterConfig.defaults("127.0.0.1", 0, dir, null));
    }

    public static DedicatedServer start(Path dir, RosterConfig config) {
        return new DedicatedServer(RosterServer.start(config, Clock.systemUTC()), dir);
    }

    /** On {@code config}, in its data directory. */
    public static DedicatedServer start(RosterConfig config) {
        return start(config.dataDir(), config);
    }

    /** On {@code config}, with {@code fixtures} loaded and {@code seed} applied to the default dev org of a new store. */
    public static DedicatedServer start(RosterConfig config, Fixtures fixtures, Optional<String> seed) {
        return new DedicatedServer(RosterServer.start(config, Clock.systemUTC(), Optional.empty(), fixtures, seed),
            config.dataDir());
    }

    /** A test server's settings over a new, empty store of {@code engine}, in a new data directory. */
    public static RosterConfig freshConfig(TestEngine engine) {
        return RosterTestServer.config(RosterTestServer.tempDir(), RosterTestServer.freshStore(engine));
    }

    public RosterServer server() { return server; }

    public Path dataDir() { return dataDir; }

    public String baseUrl() { return "http://127.0.0.1:" + server.port(); }

    /** A client with the admin token bootstrap made. */
    public Api admin() { return client(server.generatedAdminToken().orElseThrow()); }

    /** A client with {@code token}. */
    public Api client(String token) { return new Api(baseUrl(), token); }

    /** A new token for the dev user with {@code email} in the default dev org. */
    public String token(String email, Scope scope) {
        return server.services().devOrgs().issueToken(email, scope, server.services().tokens().lifetime().standard()).orElseThrow();
    }

    /**
     * Sends a write (on SQLite) that stays in flight, holding its slot, until {@link HeldRequest#finish}:
     * meanwhile another connection holds the database's write lock, which the request waits for.
     */
    public HeldRequest hold(String path, String token, String body) {
        try {
            Connection lock = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("roster.db"));
            lock.createStatement().execute("begin immediate");
            Socket socket = new Socket("127.0.0.1", server.port());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return new HeldRequest(socket, lock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request waiting for the write lock a test holds. */
    public record HeldRequest(Socket socket, Connection lock) {
        /** Lets the request go on, and answers the response's status line and body. */
        public String finish() {
            try (socket; lock) {
                lock.createStatement().execute("rollback");
                InputStream in = socket.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
