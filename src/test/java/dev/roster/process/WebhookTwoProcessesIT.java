package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roster.testing.Api;
import dev.roster.testing.RosterTestServer;
import dev.roster.webhooks.Receiver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two Roster processes on one PostgreSQL: each event is delivered by exactly one of them, and when
 * one dies with claims in hand, the other delivers what it left once its leases run out.
 */
class WebhookTwoProcessesIT {
    @Test
    void two_processes_deliver_every_event_once_and_one_that_dies_strands_nothing() throws Exception {
        RosterTestServer.requirePostgres();
        String dbUrl = RosterTestServer.freshSchema(RosterTestServer.pgUrl());
        Path dir = RosterTestServer.tempDir();
        try (Receiver receiver = new Receiver("two-processes-secret");
             RosterProcess first = WebhookProcesses.start(dir, dbUrl, "first");
             RosterProcess second = WebhookProcesses.start(dir, dbUrl, "second")) {
            Api one = new Api(first.baseUrl(), WebhookProcesses.TOKEN);
            Api two = new Api(second.baseUrl(), WebhookProcesses.TOKEN);
            one.post("/webhooks.create", "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + receiver.secret()
                + "\",\"event_types\":[\"webhook_created\"]}").assertStatus(201);
            List<Callable<Integer>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Api api = i % 2 == 0 ? one : two;
                String body = "{\"url\":\"http://127.0.0.1:9/" + i + "\"}";
                writes.add(() -> api.post("/webhooks.create", body).assertStatus(201).status());
            }
            dev.roster.testing.Parallel.inParallel(writes);

            // The receiver's own creation and the 60: each delivered, each at its first attempt, each once.
            receiver.awaitAccepted(61);
            awaitSettled(dbUrl);
            assertEquals(List.of("delivered 1"), distinct(dbUrl, "select distinct state || ' ' || attempts as v from delivery"));
            assertEquals(61, receiver.arrivals().size());
            assertEquals(61, receiver.arrivals().stream().map(Receiver.Arrival::id).distinct().count());

            List<Callable<Integer>> more = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String body = "{\"url\":\"http://127.0.0.1:9/more/" + i + "\"}";
                more.add(() -> two.post("/webhooks.create", body).assertStatus(201).status());
            }
            dev.roster.testing.Parallel.inParallel(more);
            second.kill();
            receiver.await(all -> all.stream().map(Receiver.Arrival::id).distinct().count() >= 91,
                "every event, the second process's too, after it died");
        }
    }

    static void awaitSettled(String dbUrl) throws Exception {
        long deadline = System.nanoTime() + Receiver.PATIENCE.toNanos();
        while (!distinct(dbUrl, "select distinct state as v from delivery").equals(List.of("delivered"))) {
            if (System.nanoTime() > deadline) fail("deliveries never settled: " + distinct(dbUrl, "select state as v from delivery"));
            Thread.sleep(50);
        }
    }

    static List<String> distinct(String dbUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl);
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) values.add(rs.getString("v"));
            return values.stream().sorted().collect(Collectors.toList());
        }
    }
}
