package dev.roster.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Where a store lives, named as a person would look for it (a file path, or a PostgreSQL host,
 * database and schema; never a password), and whether a Roster store is already there.
 */
public record StoreLocation(Engine engine, String url, String description) {

    public static StoreLocation of(String jdbcUrl) {
        Engine engine = Engine.of(jdbcUrl);
        return new StoreLocation(engine, jdbcUrl, switch (engine) {
            case SQLITE -> {
                Path file = FileChangeSignal.databaseFile(jdbcUrl);
                yield file == null ? "an in-memory SQLite database" : file.normalize().toString();
            }
            case POSTGRESQL -> describePostgres(jdbcUrl);
        });
    }

    /**
     * A new SQLite database in this process's memory, of its own: nothing of it touches the disk, and it
     * lasts while a connection to it is open. SQLite's memdb VFS lets the pools' connections share it
     * under the usual database locks, which a busy timeout waits out; the shared-cache alternative
     * ({@code mode=memory&cache=shared}) locks table by table and fails a reader at once
     * (SQLITE_LOCKED_SHAREDCACHE) while a write holds its table.
     */
    public static StoreLocation inMemory() {
        return of("jdbc:sqlite:file:/roster-" + UUID.randomUUID() + "?vfs=memdb");
    }

    /** True for a SQLite database that lives in memory only. */
    public boolean isInMemory() {
        return engine == Engine.SQLITE && FileChangeSignal.databaseFile(url) == null;
    }

    /** "PostgreSQL at host:port/db", with the schema when the URL chooses one. */
    private static String describePostgres(String jdbcUrl) {
        try {
            URI uri = new URI(jdbcUrl.substring("jdbc:".length()));
            String where = (uri.getHost() == null ? "localhost" : uri.getHost()) + (uri.getPort() < 0 ? ":5432" : ":" + uri.getPort())
                + (uri.getPath() == null ? "" : uri.getPath());
            String schema = queryValue(uri.getRawQuery(), "currentSchema");
            return "PostgreSQL at " + where + (schema == null ? "" : " (schema " + schema + ")");
        } catch (Exception e) {
            return "the PostgreSQL database of the given --db-url";
        }
    }

    private static String queryValue(String query, String name) {
        if (query == null) return null;
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) return pair.substring(name.length() + 1);
        }
        return null;
    }

    /** True when Roster's schema is there: the SQLite file exists, or PostgreSQL has Roster's migration history. */
    boolean holdsStore(Database.Settings settings) {
        if (engine == Engine.SQLITE) {
            Path file = FileChangeSignal.databaseFile(url);
            return file != null && Files.isRegularFile(file);
        }
        try (Connection connection = DriverManager.getConnection(url, settings.login());
             ResultSet rs = connection.createStatement().executeQuery("select to_regclass('flyway_schema_history') is not null as migrated")) {
            return rs.next() && rs.getBoolean("migrated");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public String toString() { return description; }
}
