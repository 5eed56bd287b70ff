package dev.roster.cli;

import dev.roster.ratelimit.RateLimit;
import dev.roster.server.RosterConfig;
import dev.roster.server.RosterServer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/** {@code roster serve}: runs the server until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the Roster server.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "${env:ROSTER_HOST:-127.0.0.1}", description = "Address to listen on (env ROSTER_HOST).")
    String host;

    @Option(names = "--port", defaultValue = "${env:ROSTER_PORT:-8080}", description = "Port; 0 picks a free one (env ROSTER_PORT).")
    int port;

    @Option(names = "--db-timeout", defaultValue = "${env:ROSTER_DB_TIMEOUT_MS:-5000}",
        description = "Milliseconds a request waits for the database before answering 503 (env ROSTER_DB_TIMEOUT_MS).")
    long dbTimeoutMillis;

    @Option(names = "--db-pool-size", defaultValue = "${env:ROSTER_DB_POOL_SIZE:-8}",
        description = "Database connections (env ROSTER_DB_POOL_SIZE).")
    int poolSize;

    @Option(names = "--rate-limit", defaultValue = "${env:ROSTER_RATE_LIMIT:-50:100}",
        description = "Requests per second per token, RPS[:BURST], or off (env ROSTER_RATE_LIMIT). "
            + "Unauthenticated clients get a fifth, per address.")
    String rateLimit;

    @Option(names = "--rate-limit-store", defaultValue = "${env:ROSTER_RATE_LIMIT_STORE}",
        description = "redis://host:port to share rate-limit buckets between instances (env ROSTER_RATE_LIMIT_STORE); "
            + "default in memory.")
    String rateLimitStore;

    @Option(names = "--max-in-flight", defaultValue = "${env:ROSTER_MAX_IN_FLIGHT:-256}",
        description = "Requests served at once; more answer 503 at once (env ROSTER_MAX_IN_FLIGHT).")
    int maxInFlight;

    @Option(names = "--drain-timeout", defaultValue = "${env:ROSTER_DRAIN_TIMEOUT_MS:-10000}",
        description = "Milliseconds a shutdown waits for requests in flight (env ROSTER_DRAIN_TIMEOUT_MS).")
    long drainMillis;

    @Mixin
    StorageOptions storage;

    @Override
    public Integer call() throws InterruptedException {
        RosterConfig config = new RosterConfig(host, port, storage.dataDir, storage.dbUrl, storage.dbUser,
            storage.dbPassword, System.getenv("ROSTER_BOOTSTRAP_TOKEN"),
            envOr("ROSTER_BOOTSTRAP_EMAIL", "admin@roster.local"), Duration.ofMillis(dbTimeoutMillis), poolSize,
            RateLimit.parse(rateLimit), rateLimitStore, maxInFlight, Duration.ofMillis(drainMillis));
        RosterServer server = RosterServer.start(config, Clock.systemUTC());
        CountDownLatch untilExit = new CountDownLatch(1);
        // SIGTERM and SIGINT drain and stop the server, then exit 0; other exits still close it through the hook.
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                server.close();
                System.exit(0);
            });
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "roster-shutdown"));
        server.generatedAdminToken().ifPresent(token -> System.out.println("admin token: " + token));
        System.out.println("listening on http://" + host + ":" + server.port());
        System.out.flush();
        untilExit.await();
        return 0;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
