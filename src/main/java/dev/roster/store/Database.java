package dev.roster.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: connection pools, migrations, and transactions as lambdas. On SQLite, writes go
 * through a single connection that begins IMMEDIATE transactions, so writers queue in the pool
 * instead of failing with SQLITE_BUSY, while readers use their own connections under WAL.
 */
public final class Database implements AutoCloseable {
    private final Engine engine;
    private final HikariDataSource writer;
    private final HikariDataSource reader;

    private Database(Engine engine, HikariDataSource writer, HikariDataSource reader) {
        this.engine = engine;
        this.writer = writer;
        this.reader = reader;
    }

    /** Where the data lives and how long a request may wait for a connection. */
    public record Settings(String url, String user, String password, Duration acquireTimeout, int poolSize) {}

    public static Database open(Settings settings) {
        Engine engine = Engine.of(settings.url());
        Database database = switch (engine) {
            case SQLITE -> openSqlite(settings);
            case POSTGRESQL -> openPostgres(settings);
        };
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static Database openSqlite(Settings settings) {
        HikariDataSource writer = pool("roster-write", sqlite(settings.url(), SQLiteConfig.TransactionMode.IMMEDIATE), 1, settings);
        HikariDataSource reader = pool("roster-read", sqlite(settings.url(), SQLiteConfig.TransactionMode.DEFERRED),
            Math.max(2, settings.poolSize()), settings);
        return new Database(Engine.SQLITE, writer, reader);
    }

    private static DataSource sqlite(String url, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL under WAL: a commit survives the process being killed; only an OS crash can lose the last ones.
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        config.setTransactionMode(mode);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    private static Database openPostgres(Settings settings) {
        HikariConfig config = baseConfig("roster-pg", settings.poolSize(), settings);
        config.setJdbcUrl(settings.url());
        if (settings.user() != null) config.setUsername(settings.user());
        if (settings.password() != null) config.setPassword(settings.password());
        HikariDataSource pool = new HikariDataSource(config);
        return new Database(Engine.POSTGRESQL, pool, pool);
    }

    private static HikariDataSource pool(String name, DataSource dataSource, int size, Settings settings) {
        HikariConfig config = baseConfig(name, size, settings);
        config.setDataSource(dataSource);
        return new HikariDataSource(config);
    }

    private static HikariConfig baseConfig(String name, int size, Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, 2));
        config.setAutoCommit(false);
        config.setConnectionTimeout(settings.acquireTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.acquireTimeout().toMillis(), 2_000));
        // Start even when the database is down; requests then answer 503 until it is back.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    private void migrate() {
        Flyway.configure()
            .dataSource(writer)
            .locations("classpath:db/migration")
            .placeholders(engine.placeholders())
            .load()
            .migrate();
    }

    public Engine engine() { return engine; }

    /** Runs {@code work} in a read-write transaction, committing if it returns. */
    public <T> T write(Function<Tx, T> work) {
        return run(writer, work);
    }

    /** Runs {@code work} in a transaction that only reads. */
    public <T> T read(Function<Tx, T> work) {
        return run(reader, work);
    }

    /** True when the database answers a trivial query now. */
    public boolean isReachable() {
        try {
            return read(tx -> tx.exists("select 1"));
        } catch (StoreException e) {
            return false;
        }
    }

    private <T> T run(DataSource pool, Function<Tx, T> work) {
        try (Connection connection = pool.getConnection()) {
            try {
                T result = work.apply(new Tx(connection, engine));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } catch (SQLException e) {
                rollbackQuietly(connection, e);
                throw new StoreException(e);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }

    @Override
    public void close() {
        writer.close();
        reader.close();
    }
}
