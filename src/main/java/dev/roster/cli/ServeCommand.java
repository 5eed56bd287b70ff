package dev.roster.cli;

import static dev.roster.server.RosterConfig.DEFAULT_AUTH_FAILURE_LIMIT;
import static dev.roster.server.RosterConfig.DEFAULT_BOOTSTRAP_EMAIL;
import static dev.roster.server.RosterConfig.DEFAULT_DB_TIMEOUT_MS;
import static dev.roster.server.RosterConfig.DEFAULT_DRAIN_TIMEOUT_MS;
import static dev.roster.server.RosterConfig.DEFAULT_HOST;
import static dev.roster.server.RosterConfig.DEFAULT_IN_MEMORY;
import static dev.roster.server.RosterConfig.DEFAULT_JOURNAL_SIZE;
import static dev.roster.server.RosterConfig.DEFAULT_MAX_CONNECTIONS;
import static dev.roster.server.RosterConfig.DEFAULT_MAX_IN_FLIGHT;
import static dev.roster.server.RosterConfig.DEFAULT_POOL_SIZE;
import static dev.roster.server.RosterConfig.DEFAULT_PORT;
import static dev.roster.server.RosterConfig.DEFAULT_RATE_LIMIT;
import static dev.roster.server.RosterConfig.DEFAULT_SELF_LINK;
import static dev.roster.server.RosterConfig.DEFAULT_STATEMENT_TIMEOUT_MS;
import static picocli.CommandLine.Help.Visibility.ALWAYS;

import dev.roster.auth.OperatorTokenService;
import dev.roster.auth.TokenLifetime;
import dev.roster.fixtures.Fixtures;
import dev.roster.http.TrustedProxies;
import dev.roster.ratelimit.RateLimit;
import dev.roster.server.IdleHeap;
import dev.roster.server.RosterConfig;
import dev.roster.server.RosterServer;
import dev.roster.store.StoreLocation;
import dev.roster.webhooks.DenyList;
import dev.roster.webhooks.DurationText;
import dev.roster.webhooks.RetrySchedule;
import dev.roster.webhooks.WebhookSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import sun.misc.Signal;

/** {@code roster serve}: runs the server until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, showDefaultValues = true, description = "Start the Roster server.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "${env:ROSTER_HOST:-" + DEFAULT_HOST + "}",
        description = "Address to listen on. Env ROSTER_HOST.")
    String host;

    @Option(names = "--port", defaultValue = "${env:ROSTER_PORT:-" + DEFAULT_PORT + "}",
        description = "Port to listen on; 0 picks a free one. Env ROSTER_PORT.")
    int port;

    @Option(names = "--db-timeout", defaultValue = "${env:ROSTER_DB_TIMEOUT_MS:-" + DEFAULT_DB_TIMEOUT_MS + "}",
        description = "Milliseconds a request waits for the database before answering 503. Env ROSTER_DB_TIMEOUT_MS.")
    long dbTimeoutMillis;

    @Option(names = "--db-pool-size", defaultValue = "${env:ROSTER_DB_POOL_SIZE:-" + DEFAULT_POOL_SIZE + "}",
        description = "Database connections. Env ROSTER_DB_POOL_SIZE.")
    int poolSize;

    @Option(names = "--rate-limit", defaultValue = "${env:ROSTER_RATE_LIMIT:-" + DEFAULT_RATE_LIMIT + "}",
        converter = RateLimitConverter.class,
        description = "Requests per second per token, RPS[:BURST] (burst defaults to twice the rate), or off. "
            + "Env ROSTER_RATE_LIMIT.")
    RateLimit rateLimit;

    @Option(names = "--auth-failure-limit", defaultValue = "${env:ROSTER_AUTH_FAILURE_LIMIT:-" + DEFAULT_AUTH_FAILURE_LIMIT + "}",
        converter = RateLimitConverter.class,
        description = "Failed authentications per second per client address, RPS[:BURST], or off; past it, 429. "
            + "Requests with a valid token never count. Env ROSTER_AUTH_FAILURE_LIMIT.")
    RateLimit authFailureLimit;

    @Option(names = "--trusted-proxies", defaultValue = "${env:ROSTER_TRUSTED_PROXIES:-}",
        description = "Reverse proxies (addresses or CIDR ranges, comma-separated) whose X-Forwarded-For names the client, "
            + "for the limit on failed authentications per client address; empty believes no one. "
            + "Env ROSTER_TRUSTED_PROXIES.")
    String trustedProxies;

    @Option(names = "--rate-limit-store", defaultValue = "${env:ROSTER_RATE_LIMIT_STORE}",
        description = "redis://host:port to share rate-limit buckets between instances; none keeps them in memory. "
            + "Env ROSTER_RATE_LIMIT_STORE.")
    String rateLimitStore;

    @Option(names = "--max-in-flight", defaultValue = "${env:ROSTER_MAX_IN_FLIGHT:-" + DEFAULT_MAX_IN_FLIGHT + "}",
        description = "Requests served at once; more answer 503 at once. Env ROSTER_MAX_IN_FLIGHT.")
    int maxInFlight;

    @Option(names = "--drain-timeout", defaultValue = "${env:ROSTER_DRAIN_TIMEOUT_MS:-" + DEFAULT_DRAIN_TIMEOUT_MS + "}",
        description = "Milliseconds a shutdown waits for requests in flight. Env ROSTER_DRAIN_TIMEOUT_MS.")
    long drainMillis;

    @Option(names = "--statement-timeout", defaultValue = "${env:ROSTER_STATEMENT_TIMEOUT_MS:-" + DEFAULT_STATEMENT_TIMEOUT_MS + "}",
        description = "Milliseconds a statement (on SQLite, a transaction's work) may run before it is cancelled and its "
            + "request answers 503. "
            + "Env ROSTER_STATEMENT_TIMEOUT_MS.")
    long statementTimeoutMillis;

    @Option(names = "--max-connections", defaultValue = "${env:ROSTER_MAX_CONNECTIONS:-" + DEFAULT_MAX_CONNECTIONS + "}",
        description = "Open client connections; past it, new ones wait and idle ones are closed sooner. "
            + "Env ROSTER_MAX_CONNECTIONS.")
    int maxConnections;

    @Option(names = "--self-link", defaultValue = "${env:ROSTER_SELF_LINK:-" + DEFAULT_SELF_LINK + "}", converter = OnOff.class,
        arity = "1",
        description = "on: a write token may link external identities to its own user, as DevRev allows; off: only admins "
            + "link. Env ROSTER_SELF_LINK.")
    boolean selfLink;

    @Option(names = "--journal-size", defaultValue = "${env:ROSTER_JOURNAL_SIZE:-" + DEFAULT_JOURNAL_SIZE + "}",
        description = "Requests the request journal keeps per dev org, in memory (/_roster/requests.list); 0 turns it off. "
            + "Env ROSTER_JOURNAL_SIZE.")
    int journalSize;

    @Option(names = "--token-lifetime", defaultValue = "${env:ROSTER_TOKEN_LIFETIME:-" + TokenLifetime.DEFAULT_DAYS + "}",
        description = "Days a token lives when auth-tokens.create names no expires_in; also the life of the tokens "
            + "dev-orgs.create and the first start print. Env ROSTER_TOKEN_LIFETIME.")
    long tokenLifetimeDays;

    @Option(names = "--token-max-lifetime",
        defaultValue = "${env:ROSTER_TOKEN_MAX_LIFETIME:-" + TokenLifetime.DEFAULT_MAX_DAYS + "}",
        description = "The most days auth-tokens.create lets expires_in ask for (at most " + TokenLifetime.LONGEST_DAYS
            + "). Env ROSTER_TOKEN_MAX_LIFETIME.")
    long tokenMaxLifetimeDays;

    @Option(names = "--webhook-verify", defaultValue = "${env:ROSTER_WEBHOOK_VERIFY:-on}", converter = OnOff.class, arity = "1",
        description = "on: a new webhook gets events only once it has answered DevRev's verify handshake; off: at once, "
            + "for receivers that cannot answer it. Env ROSTER_WEBHOOK_VERIFY.")
    boolean webhookVerify;

    @Option(names = "--webhook-retry", defaultValue = "${env:ROSTER_WEBHOOK_RETRY:-" + RetrySchedule.DEFAULT + "}",
        description = "The delay before each attempt of a webhook delivery, the first counted from the event, as DevRev's "
            + "0,30s,3m (units ms, s, m, h, d); after the last the delivery is failed. Env ROSTER_WEBHOOK_RETRY.")
    String webhookRetry;

    @Option(names = "--webhook-deny", defaultValue = "${env:ROSTER_WEBHOOK_DENY:-}",
        description = "Address ranges webhooks may not be delivered to, as CIDR (10.0.0.0/8,fc00::/7), and 'private' for "
            + "loopback, private and link-local ranges; checked at create and update and after DNS resolution at every "
            + "delivery and redirect. Empty allows any. Env ROSTER_WEBHOOK_DENY.")
    String webhookDeny;

    @Option(names = "--event-retention", defaultValue = "${env:ROSTER_EVENT_RETENTION:-" + WebhookSettings.DEFAULT_RETENTION + "}",
        description = "How long webhook events and their delivery records are kept (units ms, s, m, h, d). "
            + "Env ROSTER_EVENT_RETENTION.")
    String eventRetention;

    @Option(names = "--bootstrap-email", defaultValue = "${env:ROSTER_BOOTSTRAP_EMAIL:-" + DEFAULT_BOOTSTRAP_EMAIL + "}",
        description = "Email of the admin created on the first start on an empty store. Env ROSTER_BOOTSTRAP_EMAIL.")
    String bootstrapEmail;

    @Option(names = "--in-memory", defaultValue = "${env:ROSTER_IN_MEMORY:-" + DEFAULT_IN_MEMORY + "}", showDefaultValue = ALWAYS,
        description = "Keep the whole store in memory (SQLite), for a throwaway server: nothing is written to disk, and "
            + "everything is gone when the server stops. Not with --db-url or --data-dir. Env ROSTER_IN_MEMORY.")
    boolean inMemory;

    @Option(names = "--seed", defaultValue = "${env:ROSTER_SEED}",
        description = "A fixture (of --fixtures) to apply to the default dev org when the store is created, at the first "
            + "start only. Env ROSTER_SEED.")
    String seed;

    @Mixin
    StorageOptions storage;

    @Mixin
    FixtureOptions fixtureOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        // The bootstrap token is a secret: it comes only from the environment, never an argument that `ps` would show.
        RosterConfig config;
        try {
            config = RosterConfig.builder(host, port, storage.dataDir, dbUrl())
                .database(storage.dbUser, storage.dbPassword)
                .bootstrap(System.getenv("ROSTER_BOOTSTRAP_TOKEN"), bootstrapEmail)
                .dbTimeout(Duration.ofMillis(dbTimeoutMillis))
                .poolSize(poolSize)
                .rateLimit(rateLimit, rateLimitStore)
                .authFailureLimit(authFailureLimit)
                .trustedProxies(TrustedProxies.parse(trustedProxies))
                .maxInFlight(maxInFlight)
                .drainTimeout(Duration.ofMillis(drainMillis))
                .statementTimeout(Duration.ofMillis(statementTimeoutMillis))
                .maxConnections(maxConnections)
                .selfLink(selfLink)
                .journalSize(journalSize)
                .tokenLifetime(new TokenLifetime(tokenLifetimeDays, tokenMaxLifetimeDays))
                // The secrets key, like the bootstrap token, comes only from the environment.
                .webhooks(WebhookSettings.DEFAULT.toBuilder().verify(webhookVerify).retry(RetrySchedule.parse(webhookRetry))
                    .deny(DenyList.parse(webhookDeny))
                    .eventRetention(DurationText.parse("--event-retention", eventRetention))
                    .secretsKey(Optional.ofNullable(System.getenv("ROSTER_SECRETS_KEY")).filter(k -> !k.isBlank()))
                    .build())
                .build();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        Optional<String> operatorToken;
        try {
            operatorToken = OperatorTokenService.chosen(System.getenv("ROSTER_OPERATOR_TOKEN"));
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage(), e);
        }
        Fixtures fixtures = fixtureOptions.load();
        if (seed != null && fixtures.find(seed).isEmpty()) throw new CliFailure("--seed " + seed + ": " + fixtures.unknown(seed));
        RosterServer server;
        try {
            server = RosterServer.start(config, Clock.systemUTC(), operatorToken, fixtures, Optional.ofNullable(seed));
        } catch (RuntimeException e) {
            throw Failures.explained(e, host, port, config.dbUrl());
        }
        // SIGTERM and SIGINT drain and stop the server, then exit 0; other exits still close it through the hook.
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                server.close();
                System.exit(0);
            });
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "roster-shutdown"));
        System.out.println(adminTokenLine(server));
        System.out.println(operatorTokenLine(server));
        System.out.println("listening on http://" + host + ":" + server.port());
        System.out.flush();
        IdleHeap.shrinkWhenIdle();
        server.awaitClosed();
        return 0;
    }

    /** The store's URL: a new in-memory database with {@code --in-memory}, else what the storage options say. */
    private String dbUrl() {
        if (!inMemory) return storage.dbUrl;
        String other = storage.dbUrl != null ? "--db-url"
            : spec.commandLine().getParseResult().hasMatchedOption("--data-dir") || System.getenv("ROSTER_DATA_DIR") != null
                ? "--data-dir" : null;
        if (other != null) {
            throw new ParameterException(spec.commandLine(), "--in-memory keeps the store in memory; it cannot be combined with "
                + other + " (or its environment variable)");
        }
        return StoreLocation.inMemory().url();
    }

    private String adminTokenLine(RosterServer server) {
        if (server.generatedAdminToken().isPresent()) return "admin token: " + server.generatedAdminToken().get();
        if (server.createdStore()) return "admin token: the one given in ROSTER_BOOTSTRAP_TOKEN";
        return "admin token: not printed; a token is printed only at the first start on an empty store. Make a new one with: "
            + "roster token create --email " + bootstrapEmail + " --scope admin";
    }

    private static String operatorTokenLine(RosterServer server) {
        if (server.generatedOperatorToken().isPresent()) return "operator token: " + server.generatedOperatorToken().get();
        if (server.createdOperatorToken()) return "operator token: the one given in ROSTER_OPERATOR_TOKEN";
        return "operator token: not printed; it is printed only at the first start. Make a new one with: "
            + "roster operator-token rotate";
    }

    /** {@code on} or {@code off}. */
    static final class OnOff implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true" -> true;
                case "off", "false" -> false;
                default -> throw new TypeConversionException("expected on or off, got '" + value + "'");
            };
        }
    }

    /** {@code RPS[:BURST]} or {@code off}, refused by picocli with the option's name when malformed. */
    static final class RateLimitConverter implements ITypeConverter<RateLimit> {
        @Override
        public RateLimit convert(String value) {
            try {
                return RateLimit.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
