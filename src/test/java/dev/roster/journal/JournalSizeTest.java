package dev.roster.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** --journal-size bounds each dev org's journal; 0 turns it off. */
class JournalSizeTest {

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void only_the_last_n_requests_are_kept(TestEngine engine) {
        try (DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(engine).withJournalSize(3))) {
            Api api = server.admin();
            for (int i = 0; i < 50; i++) api.get("/tags.list", "limit=" + (i % 100 + 1)).assertStatus(200);
            JsonNode kept = api.get("/_roster/requests.list").assertStatus(200).body().get("requests");
            assertEquals(3, kept.size());
            assertEquals("{\"limit\":\"50\"}", kept.get(0).get("request_body").asText());
            assertEquals("{\"limit\":\"48\"}", kept.get(2).get("request_body").asText());
        }
    }

    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void size_zero_records_nothing(TestEngine engine) {
        try (DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(engine).withJournalSize(0))) {
            Api api = server.admin();
            api.get("/tags.list").assertStatus(200);
            assertEquals(0, api.get("/_roster/requests.list").assertStatus(200).body().get("requests").size());
        }
    }
}
