package dev.roster.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.store.ChangeSignal;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TcpProxy;
import dev.roster.testing.TestEngine;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the token cache learns of other processes' changes through a listening connection.
 * While that connection is down, notifications are lost, so nothing may be served from cache.
 */
class ChangeListenerOutageTest {
    @Test
    void while_the_listener_is_down_tokens_are_checked_in_the_database() throws Exception {
        String url = RosterTestServer.freshStore(TestEngine.POSTGRESQL);
        InetSocketAddress database = RosterTestServer.pgAddress(url);
        // Through a proxy so that this server's sessions can be told from those of every other
        // server on the database, other tests' and other programs': only its listener is ended.
        try (TcpProxy proxy = TcpProxy.start(database.getHostString(), database.getPort());
             DedicatedServer server = DedicatedServer.start(RosterTestServer.config(RosterTestServer.tempDir(),
                 RosterTestServer.withPgAddress(url, "127.0.0.1", proxy.port())))) {
            Api admin = server.admin();
            ChangeSignal changes = server.server().services().db().changes();
            assertTrue(TokenCacheTest.waitUntil(() -> changes.version() != ChangeSignal.UNKNOWN),
                "the server follows the change signal");
            admin.get("/dev-users.self").assertStatus(200);
            admin.get("/dev-users.self").assertStatus(200);

            try (Connection sql = DriverManager.getConnection(url);
                 PreparedStatement terminate = sql.prepareStatement("select pg_terminate_backend(pid) from pg_stat_activity"
                     + " where application_name = 'roster change listener' and client_port = any(?)");
                 Statement statement = sql.createStatement()) {
                terminate.setArray(1, sql.createArrayOf("integer", proxy.upstreamPorts().toArray()));
                int ended = 0;
                try (ResultSet rows = terminate.executeQuery()) {
                    while (rows.next()) ended++;
                }
                assertEquals(1, ended, "this server's listener, and no one else's, is ended");
                // The listener retries after a second: the outage is long enough to see.
                assertTrue(TokenCacheTest.waitUntil(() -> changes.version() == ChangeSignal.UNKNOWN),
                    "the signal admits it cannot see changes while its listener is down");
                // A revocation whose notification never arrives: the listener was not there to hear it.
                statement.execute("update api_token set revoked_date = 1");
            }

            admin.get("/dev-users.self").assertError(401, "unauthenticated", null);
        }
    }
}
