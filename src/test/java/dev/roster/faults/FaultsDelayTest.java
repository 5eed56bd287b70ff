package dev.roster.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A delayed request holds no request slot while it waits: on a server that serves one request at a
 * time, another tenant's request is answered while the delayed one is pending. Deleting the fault
 * ends the delay, so nothing here waits for a clock. The default dev org (the server's admin) is 1.
 */
class FaultsDelayTest {

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void another_tenant_is_served_while_a_delayed_request_waits(TestEngine engine) throws Exception {
        try (DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(engine).withMaxInFlight(1))) {
            Api delayed = server.admin();
            Api operator = server.client(server.server().generatedOperatorToken().orElseThrow());
            Api other = server.client(operator.post("/_roster/dev-orgs.create", "{}").assertStatus(201).at("/token"));
            String id = delayed.post("/_roster/faults.create", "{\"operation\":\"dev-users.self\",\"delay_ms\":60000}")
                .assertStatus(201).at("/fault/id");

            CompletableFuture<ApiResponse> pending = CompletableFuture.supplyAsync(() -> delayed.get("/dev-users.self"));
            FaultService faults = server.server().services().faults();
            // Fired, and its slot given back: the delayed request is waiting.
            while (faults.list(1).getFirst().fired() < 1 || server.server().inFlight() != 0) Thread.onSpinWait();

            other.get("/dev-users.self").assertStatus(200);
            other.post("/tags.create", "{\"name\":\"meanwhile\"}").assertStatus(201);
            assertFalse(pending.isDone(), "the delayed request is still waiting");

            // Deleted in-process, so that no request holds the one slot when the delayed one takes it back.
            faults.delete(1, id);
            ApiResponse answer = pending.get();
            answer.assertStatus(200);
            assertEquals(delayed.get("/dev-users.self").at("/dev_user/id"), answer.at("/dev_user/id"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void after_commit_the_write_is_visible_while_its_answer_is_delayed(TestEngine engine) throws Exception {
        try (DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(engine))) {
            Api api = server.admin();
            api.post("/_roster/faults.create", "{\"operation\":\"tags.create\",\"delay_ms\":60000,\"after_commit\":true}")
                .assertStatus(201);
            CompletableFuture<ApiResponse> pending = CompletableFuture.supplyAsync(
                () -> api.post("/tags.create", "{\"name\":\"early\"}"));
            FaultService faults = server.server().services().faults();
            while (faults.list(1).getFirst().fired() < 1 || server.server().inFlight() != 0) Thread.onSpinWait();
            assertEquals(1, api.get("/tags.list").assertStatus(200).body().get("tags").size(), "committed before the answer");
            assertFalse(pending.isDone());
            api.post("/_roster/faults.clear", "{}").assertStatus(200);
            pending.get().assertStatus(201);
        }
    }
}
