package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.cli.CommandRun;
import dev.roster.server.RosterConfig;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A server of its own over a new store of one engine, and {@code roster} commands run against that store. */
final class BulkStore implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final DedicatedServer server;
    private final RosterConfig config;

    private BulkStore(DedicatedServer server, RosterConfig config) {
        this.server = server;
        this.config = config;
    }

    static BulkStore start(TestEngine engine) {
        RosterConfig config = DedicatedServer.freshConfig(engine);
        return new BulkStore(DedicatedServer.start(config), config);
    }

    Api admin() { return server.admin(); }

    /** The store's JDBC url: on PostgreSQL, with the schema of its own. */
    String dbUrl() { return config.dbUrl(); }

    DedicatedServer server() { return server; }

    /** A file in this store's data directory. */
    Path file(String name) { return server.dataDir().resolve(name); }

    /** A file in the data directory holding {@code lines}, one a line. */
    Path write(String name, String... lines) {
        try {
            return Files.write(file(name), List.of(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code roster} with these arguments and the options that open this store. */
    CommandRun roster(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        if (config.dbUrl().startsWith("jdbc:postgresql")) args.addAll(List.of("--db-url", config.dbUrl()));
        else args.addAll(List.of("--data-dir", server.dataDir().toString()));
        return CommandRun.roster(args.toArray(String[]::new));
    }

    /** As {@link #roster}, reading {@code stdin} as standard input. */
    CommandRun rosterReading(InputStream stdin, String... command) {
        InputStream original = System.in;
        System.setIn(stdin);
        try {
            return roster(command);
        } finally {
            System.setIn(original);
        }
    }

    /** Exports with {@code options} to a file and answers its lines, failing the test if the export fails. */
    List<JsonNode> export(String... options) {
        Path file = file("export-" + System.nanoTime() + ".ndjson");
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(List.of(options));
        args.add(file.toString());
        CommandRun run = roster(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return lines(file);
    }

    /** How many objects a list operation holds, over all its pages. */
    static int count(Api api, String path, String field) {
        int count = 0;
        String cursor = "";
        do {
            JsonNode page = api.get(path, "limit=100&cursor=" + cursor).assertStatus(200).body();
            count += page.get(field).size();
            cursor = page.path("next_cursor").asText("");
        } while (!cursor.isEmpty());
        return count;
    }

    static List<JsonNode> lines(Path file) {
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file)) lines.add(MAPPER.readTree(line));
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() { server.close(); }
}
