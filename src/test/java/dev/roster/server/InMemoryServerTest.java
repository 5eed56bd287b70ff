package dev.roster.server;

import static dev.roster.testing.Parallel.inParallel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.auth.Scope;
import dev.roster.fuzz.Directory;
import dev.roster.testing.Api;
import dev.roster.store.StoreLocation;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code roster serve --in-memory}: every operation works, nothing reaches the disk, and each server has its own store. */
class InMemoryServerTest {
    private static final int PARALLEL_WRITES = 32;

    /** A server on a new in-memory store, given a data folder that does not exist under {@code parent}. */
    private static DedicatedServer inMemory(Path parent) {
        Path dataDir = parent.resolve("data");
        return DedicatedServer.start(dataDir, RosterTestServer.config(dataDir, StoreLocation.inMemory().url()));
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(path -> !path.equals(folder)).toList();
        }
    }

    private static int accountCount(Api api) {
        return api.get("/accounts.list", "limit=100").assertStatus(200).body().get("accounts").size();
    }

    @Test
    void every_kind_of_object_survives_parallel_writes_and_reads_and_nothing_is_written_to_disk() throws Exception {
        Path parent = RosterTestServer.tempDir();
        try (DedicatedServer server = inMemory(parent)) {
            Api admin = server.admin();
            Directory directory = Directory.create(admin, "memory");
            Map<String, String> before = directory.snapshot(admin);

            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < PARALLEL_WRITES; i++) {
                String body = "{\"display_name\": \"Parallel " + i + "\"}";
                calls.add(() -> admin.post("/accounts.create", body).status());
                calls.add(() -> admin.get(Directory.getPath(directory.revUser), "id=" + Directory.id(directory.revUser)).status());
            }
            List<Integer> statuses = inParallel(calls);
            for (int i = 0; i < statuses.size(); i++) {
                assertEquals(i % 2 == 0 ? 201 : 200, statuses.get(i), "call " + i + " of " + statuses);
            }
            assertEquals(2 + PARALLEL_WRITES, accountCount(admin));
            assertEquals(before, directory.snapshot(admin));
        }
        assertEquals(List.of(), filesUnder(parent), "an in-memory server creates no folder and no file");
    }

    @Test
    void a_revoked_token_is_refused_at_once_although_tokens_are_cached() {
        try (DedicatedServer server = inMemory(RosterTestServer.tempDir())) {
            String token = server.token(RosterConfig.DEFAULT_BOOTSTRAP_EMAIL, Scope.READ);
            Api reader = server.client(token);
            for (int i = 0; i < 3; i++) reader.get("/dev-users.self").assertStatus(200);
            assertTrue(server.server().services().tokens().revoke(token));
            reader.get("/dev-users.self").assertStatus(401);
        }
    }

    @Test
    void two_in_memory_servers_in_one_jvm_share_nothing() {
        try (DedicatedServer first = inMemory(RosterTestServer.tempDir());
             DedicatedServer second = inMemory(RosterTestServer.tempDir())) {
            first.admin().post("/accounts.create", "{\"display_name\": \"Only in the first\"}").assertStatus(201);
            assertEquals(1, accountCount(first.admin()));
            assertEquals(0, accountCount(second.admin()));
            second.client(first.server().generatedAdminToken().orElseThrow()).get("/dev-users.self").assertStatus(401);
            second.admin().post("/accounts.create", "{\"display_name\": \"Only in the second\"}").assertStatus(201);
            assertEquals(1, accountCount(first.admin()));
        }
    }

    @Test
    void snapshots_reset_faults_and_the_journal_work_on_a_store_in_memory() throws Exception {
        Path parent = RosterTestServer.tempDir();
        try (DedicatedServer server = inMemory(parent)) {
            Api admin = server.admin();
            admin.post("/accounts.create", "{\"display_name\": \"Kept\"}").assertStatus(201);
            admin.post("/_roster/snapshots.create", "{\"name\": \"one\"}").assertStatus(201);
            admin.post("/accounts.create", "{\"display_name\": \"Gone\"}").assertStatus(201);
            admin.post("/_roster/snapshots.restore", "{\"name\": \"one\"}").assertStatus(200);
            assertEquals(1, accountCount(admin));

            admin.post("/_roster/faults.create", "{\"operation\": \"accounts.create\", \"respond\": {\"status\": 503}}")
                .assertStatus(201);
            admin.post("/accounts.create", "{\"display_name\": \"Refused\"}").assertStatus(503);
            assertEquals(503, admin.get("/_roster/requests.list", "operation=accounts.create&limit=1").assertStatus(200)
                .body().at("/requests/0/status").asInt());

            admin.post("/_roster/reset", "{}").assertStatus(200);
            assertEquals(0, accountCount(admin));
            assertEquals(List.of(), filesUnder(parent), "nothing reaches the disk");
        }
    }
}
