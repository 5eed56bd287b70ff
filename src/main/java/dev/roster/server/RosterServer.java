package dev.roster.server;

import dev.roster.auth.AuthFilter;
import dev.roster.http.ErrorHandler;
import dev.roster.http.Json;
import dev.roster.store.Database;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running Roster: the database, the services and the HTTP server over them. */
public final class RosterServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RosterServer.class);

    private final Database db;
    private final Services services;
    private final Javalin app;
    private final Optional<String> generatedAdminToken;

    private RosterServer(Database db, Services services, Javalin app, Optional<String> generatedAdminToken) {
        this.db = db;
        this.services = services;
        this.app = app;
        this.generatedAdminToken = generatedAdminToken;
    }

    /** Opens the database (migrating it), bootstraps an empty store, and starts listening. */
    public static RosterServer start(RosterConfig config, Clock clock) {
        if (config.usesSqlite()) createDataDir(config);
        Database db = Database.open(config.databaseSettings());
        try {
            Services services = Services.over(db, clock);
            Optional<String> token = Bootstrap.run(db, services, config.bootstrapToken(), config.bootstrapEmail());
            Javalin app = create(services);
            app.start(config.host(), config.port());
            return new RosterServer(db, services, app, token);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Javalin create(Services services) {
        AuthFilter auth = new AuthFilter(services.tokens());
        Javalin app = Javalin.create(config -> {
            config.useVirtualThreads = true;
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, true));
            config.http.maxRequestSize = dev.roster.http.RequestReader.MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
        });
        app.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "no-store");
        });
        app.beforeMatched(auth::handle);
        ErrorHandler.register(app);
        Routes.register(app, services, new SystemHandlers(services.db()));
        return app;
    }

    private static void createDataDir(RosterConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
        }
    }

    public int port() { return app.port(); }

    public Services services() { return services; }

    /** The admin token made by bootstrap on this start, if it generated one. */
    public Optional<String> generatedAdminToken() { return generatedAdminToken; }

    @Override
    public void close() {
        app.stop();
        db.close();
        LOG.info("stopped");
    }
}
