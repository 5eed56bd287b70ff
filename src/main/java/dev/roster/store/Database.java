package dev.roster.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: connection pools, migrations, and transactions as lambdas. On SQLite, writes go
 * through a single connection that begins IMMEDIATE transactions, so writers queue in the pool
 * instead of failing with SQLITE_BUSY, while readers use their own connections under WAL. SQLite
 * connections stay in autocommit mode and transactions are begun explicitly: the driver would
 * otherwise open the next transaction right after each commit, and an idle pooled connection would
 * hold the write lock against every other process (such as {@code roster token create}).
 */
public final class Database implements AutoCloseable {
    private final Engine engine;
    private final HikariDataSource writer;
    private final HikariDataSource reader;
    private final StatementCache statements;
    private final ChangeSignal changes;
    private volatile StatementObserver observer;
    private final Duration statementTimeout;
    private final FairShare writerShare;
    private final FairShare readerShare;
    /** For a database in memory, a connection outside the pools that keeps it alive; else null. */
    private final Connection keeper;
    /** The transaction of {@link #writeAsOne} on the thread running it, which that thread's transactions join. */
    private final ThreadLocal<Tx> enclosing = new ThreadLocal<>();

    private Database(Engine engine, HikariDataSource writer, HikariDataSource reader, ChangeSignal changes,
                     Duration statementTimeout, Connection keeper) {
        this.keeper = keeper;
        this.statementTimeout = statementTimeout;
        this.engine = engine;
        this.writer = writer;
        this.reader = reader;
        this.changes = changes;
        this.statements = engine == Engine.SQLITE ? new StatementCache() : null;
        Duration wait = Duration.ofMillis(writer.getConnectionTimeout());
        this.writerShare = new FairShare(writer.getMaximumPoolSize(), wait);
        this.readerShare = new FairShare(reader.getMaximumPoolSize(), wait);
    }

    /**
     * Where the data lives and how long a request may wait for a connection. {@code acquireTimeout}
     * bounds the wait for a connection (and, on SQLite, for the write lock); {@code statementTimeout}
     * bounds each statement on PostgreSQL, where one query of one client could otherwise hold a
     * connection and the database's CPU for minutes.
     */
    public record Settings(String url, String user, String password, Duration acquireTimeout, int poolSize,
                           Duration statementTimeout) {
        /** Where this store is, as a person would look for it. */
        public StoreLocation location() { return StoreLocation.of(url); }

        /** The user and password, for a connection made outside the pools. */
        Properties login() {
            Properties login = new Properties();
            if (user != null) login.setProperty("user", user);
            if (password != null) login.setProperty("password", password);
            return login;
        }
    }

    /** Opens a store that must already exist: commands other than {@code serve} never create one. */
    public static Database openExisting(Settings settings) {
        StoreLocation where = StoreLocation.of(settings.url());
        if (!where.holdsStore(settings)) throw new NoStoreException(where);
        return open(settings);
    }

    /** Opens the database, creating and migrating it as needed. */
    public static Database open(Settings settings) {
        Engine engine = Engine.of(settings.url());
        Database database = switch (engine) {
            case SQLITE -> openSqlite(settings);
            case POSTGRESQL -> openPostgres(settings);
        };
        try {
            database.migrate(settings);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Reports the pools' figures to {@code registry} from now on. Apart from {@link #open} so that the
     * server can open the database before its metrics exist: both take time at start.
     */
    public void reportTo(MeterRegistry registry) {
        writer.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        reader.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
    }

    private static Database openSqlite(Settings settings) {
        // SQLite gives its -wal and -shm files the database file's permissions: an owner-only
        // database file keeps them owner-only too.
        Path file = FileChangeSignal.databaseFile(settings.url());
        if (file != null) {
            PrivateFiles.file(file);
            PrivateFiles.existing(file.resolveSibling(file.getFileName() + "-wal"));
            PrivateFiles.existing(file.resolveSibling(file.getFileName() + "-shm"));
        }
        Connection keeper = file == null ? keeper(settings) : null;
        HikariDataSource writer = pool("roster-write", sqlite(settings), 1, settings);
        HikariDataSource reader = pool("roster-read", sqlite(settings), Math.max(2, settings.poolSize()), settings);
        try {
            return new Database(Engine.SQLITE, writer, reader, FileChangeSignal.open(settings.url()),
                settings.statementTimeout(), keeper);
        } catch (RuntimeException e) {
            writer.close();
            reader.close();
            closeQuietly(keeper);
            throw e;
        }
    }

    /**
     * An in-memory database is gone when its last connection closes. The pools keep a minimum of idle
     * connections, but retire each one at its maximum lifetime and may retire them all at once; this
     * connection, which no pool can retire, holds the database until {@link #close}.
     */
    private static Connection keeper(Settings settings) {
        try {
            return sqlite(settings).getConnection();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing only frees memory here; nothing is lost if it fails.
        }
    }

    private static DataSource sqlite(Settings settings) {
        SQLiteConfig config = new SQLiteConfig();
        // A database in memory keeps its journal in memory whatever is asked: the pragma answers "memory", no error.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL under WAL: a commit survives the process being killed; only an OS crash can lose the last ones.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        // Deleted rows are overwritten with zeros, so an erasure of personal data leaves nothing readable in the file.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // A writer waits for another process's write lock as long as a request waits for a connection.
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, settings.acquireTimeout().toMillis()));
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(settings.url());
        return dataSource;
    }

    /**
     * Two pools on PostgreSQL: writes in transactions, reads in autocommit. Under READ COMMITTED each
     * statement of a read sees its own snapshot either way, so a read transaction would only add a
     * COMMIT round trip.
     */
    private static Database openPostgres(Settings settings) {
        // One plain connection first: when the server is down or refuses the login, this fails at once
        // with the driver's reason, where the pools would retry until their timeout and report only that.
        try (Connection probe = DriverManager.getConnection(settings.url(), settings.login())) {
            probe.isValid(1);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return new Database(Engine.POSTGRESQL, postgresPool("roster-pg", false, settings),
            postgresPool("roster-pg-read", true, settings), new NotifyChangeSignal(settings), settings.statementTimeout(),
            null);
    }

    private static HikariDataSource postgresPool(String name, boolean autoCommit, Settings settings) {
        HikariConfig config = baseConfig(name, settings.poolSize(), settings);
        config.setAutoCommit(autoCommit);
        config.setJdbcUrl(settings.url());
        config.addDataSourceProperty("options", "-c statement_timeout=" + settings.statementTimeout().toMillis());
        if (settings.user() != null) config.setUsername(settings.user());
        if (settings.password() != null) config.setPassword(settings.password());
        return new HikariDataSource(config);
    }

    private static HikariDataSource pool(String name, DataSource dataSource, int size, Settings settings) {
        HikariConfig config = baseConfig(name, size, settings);
        config.setAutoCommit(true);
        config.setDataSource(dataSource);
        return new HikariDataSource(config);
    }

    private static HikariConfig baseConfig(String name, int size, Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, 2));
        config.setConnectionTimeout(settings.acquireTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.acquireTimeout().toMillis(), 2_000));
        // Start even when the database is down; requests then answer 503 until it is back.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    /**
     * On PostgreSQL, migrations run on a connection of their own, outside the pools and so without
     * the statement timeout: building an index over a large table may rightly take longer.
     */
    private void migrate(Settings settings) {
        // A store that is up to date, as most starts find it, needs nothing of Flyway: not even loading it.
        if (Migrations.allApplied(reader)) return;
        var flyway = Flyway.configure();
        if (engine == Engine.POSTGRESQL) flyway.dataSource(settings.url(), settings.user(), settings.password());
        else flyway.dataSource(writer);
        flyway
            .locations("classpath:" + Migrations.LOCATION)
            .placeholders(engine.placeholders())
            .load()
            .migrate();
    }

    public Engine engine() { return engine; }

    /** What moves when who may authenticate changes, in any process; see {@link ChangeSignal}. */
    public ChangeSignal changes() { return changes; }

    /** Shows every statement from now on to {@code observer} (null stops it). For tests of query plans. */
    public void observe(StatementObserver observer) { this.observer = observer; }

    /** Runs {@code work} in a read-write transaction, committing if it returns. */
    public <T> T write(Function<Tx, T> work) {
        Tx joined = enclosing.get();
        if (joined != null) return work.apply(joined);
        return run(writer, "begin immediate", true, work);
    }

    /**
     * Runs {@code work} in one read-write transaction that every transaction this thread begins
     * meanwhile joins, reads included: a sequence of operations, each of which owns its transaction
     * as usual, commits as a whole or not at all, and each sees what the ones before it wrote. Inside
     * another, it joins that one: a fixture applied while its dev org is created is part of the creation.
     */
    public <T> T writeAsOne(Function<Tx, T> work) {
        Tx joined = enclosing.get();
        if (joined != null) return work.apply(joined);
        return write(tx -> {
            enclosing.set(tx);
            try {
                return work.apply(tx);
            } finally {
                enclosing.remove();
            }
        });
    }

    /**
     * Runs {@code work} in one transaction that only reads and sees one snapshot of the store
     * throughout, which every read this thread begins meanwhile joins (an export). On PostgreSQL it is
     * REPEATABLE READ, since a plain read there sees a new snapshot with each statement.
     */
    public <T> T readAsOne(Function<Tx, T> work) {
        Tx joined = enclosing.get();
        if (joined != null) return work.apply(joined);
        HikariDataSource pool = engine == Engine.SQLITE ? reader : writer;
        return run(pool, "begin", true, tx -> {
            if (engine == Engine.POSTGRESQL) tx.update("set transaction isolation level repeatable read, read only");
            enclosing.set(tx);
            try {
                return work.apply(tx);
            } finally {
                enclosing.remove();
            }
        });
    }

    /** Runs {@code work}, which answers nothing, in a read-write transaction, committing if it returns. */
    public void perform(Consumer<Tx> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** Runs {@code work} in a transaction that only reads. */
    public <T> T read(Function<Tx, T> work) {
        Tx joined = enclosing.get();
        if (joined != null) return work.apply(joined);
        return run(reader, "begin", engine == Engine.SQLITE, work);
    }

    /** True when the database answers a trivial query now. */
    public boolean isReachable() {
        try {
            return read(tx -> tx.exists("select 1"));
        } catch (StoreException e) {
            return false;
        }
    }

    private <T> T run(HikariDataSource pool, String sqliteBegin, boolean transactional, Function<Tx, T> work) {
        Semaphore share = (pool == writer ? writerShare : readerShare).take();
        try (Connection connection = pool.getConnection()) {
            if (engine == Engine.SQLITE) SqliteDeadline.start(connection, statementTimeout);
            if (!transactional) return work.apply(new Tx(connection, engine, statements, observer, changes));
            if (engine == Engine.SQLITE) execute(connection, sqliteBegin);
            Tx tx = new Tx(connection, engine, statements, observer, changes);
            T result;
            try {
                result = work.apply(tx);
                commit(connection);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(connection, e);
                throw new StoreException(e);
            }
            // Outside the try: what follows a commit must never lead to a rollback attempt.
            tx.committed();
            return result;
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            if (share != null) share.release();
        }
    }

    private void commit(Connection connection) throws SQLException {
        if (engine == Engine.SQLITE) execute(connection, "commit");
        else connection.commit();
    }

    private void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            if (engine == Engine.SQLITE) execute(connection, "rollback");
            else connection.rollback();
        } catch (SQLException rollbackFailure) {
            // SQLite ends the transaction itself on some failures, so ROLLBACK may find none to end.
            if (!String.valueOf(rollbackFailure.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(rollbackFailure);
                writer.evictConnection(connection);
                reader.evictConnection(connection);
            }
        }
    }

    /** SQLite's BEGIN, COMMIT and ROLLBACK, from the statement cache: compiling them anew showed in profiles. */
    private void execute(Connection connection, String sql) throws SQLException {
        try {
            statements.get(connection, sql).execute();
        } catch (SQLException e) {
            statements.evict(connection, sql);
            throw e;
        }
    }

    @Override
    public void close() {
        changes.close();
        writer.close();
        reader.close();
        closeQuietly(keeper);
    }
}
