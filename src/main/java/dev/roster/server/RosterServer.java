package dev.roster.server;

import dev.roster.auth.AuthFilter;
import dev.roster.fixtures.Fixtures;
import dev.roster.faults.FaultInjector;
import dev.roster.http.BadMessageHandler;
import dev.roster.http.Connections;
import dev.roster.http.ErrorHandler;
import dev.roster.http.TrustedProxies;
import dev.roster.http.Json;
import dev.roster.http.LoadShedder;
import dev.roster.http.Metrics;
import dev.roster.http.RequestLog;
import dev.roster.http.RequestReader;
import dev.roster.http.ResponseBudget;
import dev.roster.journal.JournalService;
import dev.roster.ratelimit.RateLimiter;
import dev.roster.store.Database;
import dev.roster.store.FairShare;
import dev.roster.store.PrivateFiles;
import dev.roster.store.StoreLocation;
import dev.roster.store.Upkeep;
import dev.roster.webhooks.Deliveries;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.ConnectionLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Roster: the database, the services and the HTTP server over them. */
public final class RosterServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RosterServer.class);

    private final Database db;
    private final Services services;
    private final Javalin app;
    private final LoadShedder shedder;
    private final ResponseBudget responses;
    private final Metrics metrics;
    private final RateLimiter limiter;
    private final Duration drainTimeout;
    private final Bootstrap.Outcome bootstrap;
    private final Deliveries deliveries;
    private final Upkeep upkeep;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private RosterServer(Database db, Services services, Javalin app, LoadShedder shedder, ResponseBudget responses,
                         Metrics metrics, RateLimiter limiter, Duration drainTimeout, Bootstrap.Outcome bootstrap,
                         Deliveries deliveries, Upkeep upkeep) {
        this.db = db;
        this.services = services;
        this.app = app;
        this.shedder = shedder;
        this.responses = responses;
        this.metrics = metrics;
        this.limiter = limiter;
        this.drainTimeout = drainTimeout;
        this.bootstrap = bootstrap;
        this.deliveries = deliveries;
        this.upkeep = upkeep;
    }

    /** Opens the database (migrating it), bootstraps an empty store, and starts listening. */
    public static RosterServer start(RosterConfig config, Clock clock) {
        return start(config, clock, Optional.empty());
    }

    /** As {@link #start(RosterConfig, Clock)}, registering {@code operatorToken} if the store has no operator token yet. */
    public static RosterServer start(RosterConfig config, Clock clock, Optional<String> operatorToken) {
        return start(config, clock, operatorToken, Fixtures.none(), Optional.empty());
    }

    /**
     * As {@link #start(RosterConfig, Clock, Optional)}, with {@code fixtures} to apply, and {@code seed}
     * (one of them) applied to the default dev org when this start creates the store.
     */
    public static RosterServer start(RosterConfig config, Clock clock, Optional<String> operatorToken, Fixtures fixtures,
                                     Optional<String> seed) {
        if (config.usesSqlite()) createDataDir(config);
        JournalService journal = new JournalService(config.journalSize(), JournalService.MAX_TOTAL_BYTES);
        // Opening the database, building the services over it and bootstrapping are the longest part
        // of a start, and independent of the metrics and the HTTP stack; each is mostly class loading.
        // On two cores, doing them at once takes about a third off the time to ready.
        CompletableFuture<PreparedStore> preparing = CompletableFuture.supplyAsync(
            () -> PreparedStore.prepare(config, clock, operatorToken, fixtures, seed, journal),
            task -> Thread.ofPlatform().name("roster-open-database").start(task));
        RateLimiter limiter = null;
        try {
            Metrics metrics = new Metrics();
            metrics.bindJvmMetrics();
            limiter = RateLimiter.create(config.rateLimit(), config.authFailureLimit(), config.rateLimitStore());
            LoadShedder shedder = new LoadShedder(config.maxInFlight(), metrics);
            ResponseBudget responses = new ResponseBudget(ResponseBudget.MAX_PENDING_BYTES);
            Javalin app = create(shedder, responses, metrics, config.maxConnections(), journal);
            PreparedStore store = await(preparing);
            Database db = store.db();
            db.reportTo(metrics.registry());
            Services services = store.services();
            register(app, services, metrics, limiter, shedder, config.trustedProxies());
            app.start(config.host(), config.port());
            // After the server listens: a start that fails sends nothing. It delivers what an earlier run left pending.
            Deliveries deliveries = services.webhooks().startDeliveries();
            return new RosterServer(db, services, app, shedder, responses, metrics, limiter, config.drainTimeout(),
                store.bootstrap(), deliveries, Upkeep.start(db));
        } catch (RuntimeException | Error e) {
            if (limiter != null) limiter.close();
            preparing.thenAccept(store -> store.db().close());
            throw e;
        }
    }

    private static PreparedStore await(CompletableFuture<PreparedStore> preparing) {
        try {
            return preparing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            if (e.getCause() instanceof Error cause) throw cause;
            throw e;
        }
    }

    /**
     * What one connection may cost before it has authenticated: a request head (request line and
     * headers) of at most this many bytes. A GET's query string is its body, so it fits the largest
     * filter a request may hold (100 items of any field), and longer requests go as POST.
     */
    static final int MAX_REQUEST_HEAD_BYTES = 64 * 1024;
    static Javalin create(LoadShedder shedder, ResponseBudget responses, Metrics metrics, int maxConnections,
                          JournalService journal) {
        Javalin app = Javalin.create(config -> {
            config.useVirtualThreads = true;
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, true));
            responses.install(config);
            config.http.maxRequestSize = RequestReader.MAX_BODY_BYTES;
            // Compression costs more than it saves on the loopback and LAN where Roster mostly runs;
            // a reverse proxy can compress for distant clients.
            config.http.disableCompression();
            // Jetty's own minimum data rates count from a request's first byte, so a request whose
            // thread merely starts late under load would fail them: RequestReader checks the body's rate
            // itself, and a client that stops reading an answer meets Jetty's idle timeout.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEAD_BYTES));
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new BadMessageHandler());
                // Past the limit Jetty stops accepting and closes idle connections sooner, so that many
                // connections that never finish a request cannot hold memory without bound.
                server.addBean(new ConnectionLimit(maxConnections, server));
            });
            config.requestLogger.http((ctx, millis) -> {
                // Everything a client could look for once it has its answer (a free slot, the
                // request's metrics and log line) is settled before the answer is complete: a large
                // answer is mostly sent by now, but its end goes out only in completeResponse.
                try {
                    shedder.release(ctx);
                    RequestLog.finish(ctx, millis, metrics);
                    Optional<FaultInjector.Fired> fault = FaultInjector.fired(ctx);
                    boolean dropped = fault.map(FaultInjector.Fired::dropped).orElse(false);
                    journal.record(ctx, millis, fault.map(FaultInjector.Fired::faultId).orElse(null), dropped);
                    if (dropped) Connections.drop(ctx);
                    else completeResponse(ctx);
                } finally {
                    responses.finish(ctx);
                    FairShare.leave();
                    shedder.finish(ctx);
                }
            });
        });
        app.before(ctx -> {
            RequestLog.start(ctx);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "no-store");
            RequestReader.prefetch(ctx);
            shedder.admit(ctx);
        });
        ErrorHandler.register(app);
        return app;
    }

    /**
     * Javalin calls the request logger before Jetty writes the buffered response out. Write it now, so
     * that a drain which sees no answer unfinished cannot stop Jetty while a finished answer still
     * sits in its buffer. Closing Jetty's own stream is safe: with compression off, Javalin's wrapper
     * holds nothing back, and the content length is still worked out from the whole buffer.
     */
    private static void completeResponse(Context ctx) {
        try {
            ctx.res().getOutputStream().close();
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response was already completed: nothing left to write.
        }
    }

    /** The parts that need the database: authentication and the operations. */
    static void register(Javalin app, Services services, Metrics metrics, RateLimiter limiter, LoadShedder shedder,
                         TrustedProxies proxies) {
        app.beforeMatched(new AuthFilter(services.tokens(), services.operators(), limiter, metrics, shedder, proxies)::handle);
        Routes.register(app, services, new SystemHandlers(services.db(), metrics), new FaultInjector(services.faults(), shedder));
    }

    /** The data folder, unless the store lives in memory: then nothing is written to disk. */
    private static void createDataDir(RosterConfig config) {
        if (!StoreLocation.of(config.dbUrl()).isInMemory()) PrivateFiles.folder(config.dataDir());
    }

    public int port() { return app.port(); }

    public Services services() { return services; }

    /** Requests being served now. */
    public int inFlight() { return shedder.inFlight(); }

    /** The bound on large answers not yet written out to their clients. */
    public ResponseBudget responseBudget() { return responses; }

    /** The admin token made by bootstrap on this start, if it generated one. */
    public Optional<String> generatedAdminToken() { return bootstrap.generatedToken(); }

    /** The operator token made on this start, if it generated one (the first start, without ROSTER_OPERATOR_TOKEN). */
    public Optional<String> generatedOperatorToken() { return bootstrap.generatedOperatorToken(); }

    /** True when this start registered the operator token (generated or chosen). */
    public boolean createdOperatorToken() { return bootstrap.createdOperatorToken(); }

    /** True when this start found an empty store and set it up. */
    public boolean createdStore() { return bootstrap.createdStore(); }

    /** Waits until the server has been closed. */
    public void awaitClosed() throws InterruptedException { stopped.await(); }

    /** Refuses new requests with 503, lets those in flight finish (bounded), then stops and closes the pool. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        shedder.drain(drainTimeout);
        app.stop();
        // Attempts in flight finish and are recorded while the database is still open.
        deliveries.close();
        upkeep.close();
        if (limiter != null) limiter.close();
        db.close();
        metrics.close();
        LOG.info("stopped");
        stopped.countDown();
    }
}
