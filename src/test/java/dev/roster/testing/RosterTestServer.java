package dev.roster.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.roster.auth.Scope;
import dev.roster.devorgs.CreateDevOrg;
import dev.roster.devorgs.CreatedDevOrg;
import dev.roster.ratelimit.RateLimit;
import dev.roster.server.RosterConfig;
import dev.roster.server.Services;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server on a free port, one per engine for the whole test run: SQLite in a fresh temp
 * directory, PostgreSQL in a fresh schema, with the {@link TestFixtures} loaded. Tests isolate by
 * tenant: each makes its own dev org.
 */
public final class RosterTestServer {
    public static final String PG_URL_VARIABLE = "ROSTER_TEST_PG_URL";
    private static final Map<TestEngine, RosterTestServer> RUNNING = new EnumMap<>(TestEngine.class);
    private static final AtomicLong TENANTS = new AtomicLong();
    /** {@code jdbc:postgresql://} host (a name, an IPv4 address or a bracketed IPv6 one), port, and the rest. */
    private static final Pattern PG_URL = Pattern.compile("(jdbc:postgresql://)(\\[[^\\]]+\\]|[^/:?,\\[]+)(?::(\\d+))?([/?].*)?");

    private final DedicatedServer server;
    private final String baseUrl;

    private RosterTestServer(DedicatedServer server) {
        this.server = server;
        this.baseUrl = server.baseUrl();
    }

    /** The running server for an engine; skips the test, saying why, when PostgreSQL is not configured. */
    public static synchronized RosterTestServer of(TestEngine engine) {
        if (engine == TestEngine.POSTGRESQL) requirePostgres();
        return RUNNING.computeIfAbsent(engine, RosterTestServer::start);
    }

    /** Skips the test, saying why, unless PostgreSQL is configured. */
    public static void requirePostgres() {
        assumeTrue(pgUrl() != null, PG_URL_VARIABLE + " is not set: PostgreSQL tests skipped");
    }

    /**
     * The database URL of a new, empty store for a server of its own: null on SQLite (the default file
     * in the server's data directory), a fresh schema on PostgreSQL (skipping the test without one).
     */
    public static String freshStore(TestEngine engine) {
        if (engine == TestEngine.SQLITE) return null;
        requirePostgres();
        return freshSchema(pgUrl());
    }

    public static String pgUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    private static RosterTestServer start(TestEngine engine) {
        DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(engine), TestFixtures.library(),
            Optional.empty());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        return new RosterTestServer(server);
    }

    /**
     * A test server's settings: the server's defaults on a free port, without the limit on failed
     * authentications (tests of 401s send many; the rate-limit tests turn it on), and a longer
     * connection wait, so that concurrency tests, which queue dozens of writes on SQLite's one
     * writer, cannot see a 503 on a slow machine.
     */
    public static RosterConfig config(Path dataDir, String dbUrl) {
        return RosterConfig.defaults("127.0.0.1", 0, dataDir, dbUrl).withAuthFailureLimit(RateLimit.OFF)
            .withDbTimeout(Duration.ofSeconds(30));
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("roster-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an empty schema and answers a URL whose connections use it. */
    public static String freshSchema(String url) {
        String schema = "roster_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema at " + url, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * The host and port a PostgreSQL JDBC URL of the form {@code jdbc:postgresql://host[:port]/...}
     * connects to (port 5432 when it names none). Unresolved: a proxy resolves it when it connects.
     */
    public static InetSocketAddress pgAddress(String url) {
        Matcher m = pgUrl(url);
        String host = m.group(2).startsWith("[") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
        return InetSocketAddress.createUnresolved(host, m.group(3) == null ? 5432 : Integer.parseInt(m.group(3)));
    }

    /**
     * {@code url} with its host and port replaced by {@code host:port}, database and parameters kept:
     * to send a server's connections through a {@link TcpProxy}.
     */
    public static String withPgAddress(String url, String host, int port) {
        Matcher m = pgUrl(url);
        String literal = host.contains(":") ? "[" + host + "]" : host;
        return m.group(1) + literal + ":" + port + (m.group(4) == null ? "" : m.group(4));
    }

    private static Matcher pgUrl(String url) {
        Matcher m = PG_URL.matcher(url);
        // Other forms (jdbc:postgresql:db, several hosts) are valid JDBC but name no single address to replace.
        if (!m.matches()) throw new IllegalArgumentException("not a jdbc:postgresql://host[:port]/... URL: " + url);
        return m;
    }

    public String baseUrl() { return baseUrl; }

    public Services services() { return server.server().services(); }

    /** A client with the operator token, which only {@code /_roster/dev-orgs.*} accept. */
    public Api operator() { return new Api(baseUrl, operatorToken()); }

    /** The operator token the server generated on its first start. */
    public String operatorToken() { return server.server().generatedOperatorToken().orElseThrow(); }

    /** A new dev org with an active admin holding an admin token. */
    public Tenant newTenant() {
        long n = TENANTS.incrementAndGet();
        CreatedDevOrg created = services().devOrgs().create(new CreateDevOrg("Tenant " + n,
            "tenant-" + n + "-" + UUID.randomUUID(), "admin@tenant" + n + ".example.com", Optional.empty()));
        return new Tenant(this, created.org().id(), created.adminId(), new Api(baseUrl, created.token()));
    }

    /** Issues a token with {@code scope} for a user of the tenant. */
    public String token(Tenant tenant, long userId, Scope scope) {
        Services services = services();
        return services.db().write(tx -> services.tokens().issue(tx, tenant.orgId(), userId, scope));
    }
}
