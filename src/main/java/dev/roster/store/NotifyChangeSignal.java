package dev.roster.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL {@link ChangeSignal}: a committing transaction sends a notification, and a thread
 * holding its own connection with {@code LISTEN} moves the local version when one arrives. Changes
 * made by this process move the version directly after commit, so they bite at once; those of other
 * processes bite once PostgreSQL delivers the notification, which on one host takes well under a
 * millisecond. While the listening connection is down, {@link #version} answers {@link #UNKNOWN},
 * so nothing is served from cache that a missed notification could have made stale. A connection
 * that died without a word (a dropped network path) is found by a query every poll, which must
 * answer within {@link #HEARTBEAT_TIMEOUT_SECONDS}.
 */
final class NotifyChangeSignal implements ChangeSignal {
    private static final Logger LOG = LoggerFactory.getLogger(NotifyChangeSignal.class);
    /**
     * The channel, one per schema, so that Roster stores in other schemas of the same database do
     * not empty this one's cache. Hashed: a channel name is an identifier of at most 63 bytes.
     */
    private static final String CHANNEL = "'roster_auth_' || md5(current_schema())";
    private static final int POLL_MILLIS = 500;
    private static final int HEARTBEAT_TIMEOUT_SECONDS = 2;
    private static final long RETRY_MILLIS = 1_000;

    private final Database.Settings settings;
    private final AtomicLong version = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean closed;
    private Thread listener;

    NotifyChangeSignal(Database.Settings settings) {
        this.settings = settings;
    }

    @Override
    public long version() {
        return listening ? version.get() : UNKNOWN;
    }

    @Override
    public void announce(Tx tx) {
        // Delivered only if the transaction commits.
        tx.first("select pg_notify(" + CHANNEL + ", '')", rs -> Boolean.TRUE);
        tx.afterCommit(version::incrementAndGet);
    }

    @Override
    public synchronized void follow() {
        if (listener != null || closed) return;
        listener = Thread.ofPlatform().name("roster-change-listener").daemon().start(this::listenUntilClosed);
    }

    private void listenUntilClosed() {
        boolean failedBefore = false;
        try {
            while (!closed) {
                try (Connection connection = DriverManager.getConnection(settings.url(), properties())) {
                    listen(connection);
                    // Whatever changed while no one listened: drop it all.
                    version.incrementAndGet();
                    listening = true;
                    if (failedBefore) LOG.info("following authentication changes again");
                    failedBefore = false;
                    follow(connection);
                } catch (SQLException | RuntimeException e) {
                    stopTrusting();
                    if (closed) return;
                    if (!failedBefore) {
                        LOG.warn("no connection to follow authentication changes on ({}); every request checks its"
                            + " token in the database until there is one", e.getMessage());
                    }
                    failedBefore = true;
                    pause();
                }
            }
        } finally {
            // However the thread ends, even by an Error, the version must not be trusted after it.
            stopTrusting();
        }
    }

    private static void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet channel = statement.executeQuery("select " + CHANNEL + " as channel")) {
            channel.next();
            // The channel is 'roster_auth_' and hex digits: safe as an identifier.
            statement.execute("listen " + channel.getString("channel"));
        }
    }

    /** Moves the version on each notification; returns only by an exception or on close. */
    private void follow(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Statement heartbeat = connection.createStatement()) {
            heartbeat.setQueryTimeout(HEARTBEAT_TIMEOUT_SECONDS);
            while (!closed) {
                PGNotification[] arrived = pg.getNotifications(POLL_MILLIS);
                if (arrived != null && arrived.length > 0) version.incrementAndGet();
                heartbeat.execute("select 1");
            }
        }
    }

    private void stopTrusting() {
        listening = false;
        version.incrementAndGet();
    }

    private Properties properties() {
        Properties properties = new Properties();
        if (settings.user() != null) properties.setProperty("user", settings.user());
        if (settings.password() != null) properties.setProperty("password", settings.password());
        properties.setProperty("ApplicationName", "roster change listener");
        properties.setProperty("connectTimeout", "5");
        // Past the heartbeat's own timeout, a read that hangs on a dead path fails instead.
        properties.setProperty("socketTimeout", Integer.toString(HEARTBEAT_TIMEOUT_SECONDS * 2));
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** The listener ends within one poll and closes its connection itself: pgjdbc is not made to be closed mid-read. */
    @Override
    public synchronized void close() {
        closed = true;
        if (listener != null) listener.interrupt();
    }
}
