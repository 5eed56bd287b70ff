package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.cli.CommandRun;
import dev.roster.testing.Api;
import dev.roster.testing.TestEngine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** --mode create skips what exists, --mode upsert updates it, --dry-run writes nothing, '-' reads standard input. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class ImportModesTest {
    private static final String ACME = "{\"type\":\"account\",\"display_name\":\"%s\",\"external_refs\":[\"acme\"]}";
    private static final String BO = "{\"type\":\"rev_user\",\"external_ref\":\"bo\",\"display_name\":\"%s\",\"account\":\"acme\","
        + "\"created_date\":\"2020-02-03T04:05:06.007Z\"}";

    @Parameter
    TestEngine engine;

    @Test
    void create_skips_objects_whose_natural_key_exists_and_upsert_updates_them() {
        try (BulkStore store = BulkStore.start(engine)) {
            Path first = store.write("first.ndjson", ACME.formatted("Acme"), BO.formatted("Bo"));
            assertEquals("2 imported, 0 updated, 0 skipped, 0 failed", store.roster("import", first.toString()).out());
            Path second = store.write("second.ndjson", ACME.formatted("Acme Inc"), BO.formatted("Bo B."));

            assertEquals("0 imported, 0 updated, 2 skipped, 0 failed", store.roster("import", second.toString()).out());
            assertEquals("Bo", bo(store.admin()).at("/rev_users/0/display_name").asText());

            CommandRun upsert = store.roster("import", "--mode", "upsert", second.toString());
            assertEquals("0 imported, 2 updated, 0 skipped, 0 failed", upsert.out(), upsert.err());
            assertEquals("Bo B.", bo(store.admin()).at("/rev_users/0/display_name").asText());
            assertEquals("2020-02-03T04:05:06.007Z", bo(store.admin()).at("/rev_users/0/created_date").asText());
            assertEquals("Acme Inc", store.admin().get("/accounts.list").assertStatus(200).at("/accounts/0/display_name"));
            assertEquals(1, store.admin().get("/accounts.list").assertStatus(200).body().get("accounts").size());
        }
    }

    @Test
    void a_dry_run_checks_every_line_and_writes_nothing() throws Exception {
        try (BulkStore store = BulkStore.start(engine)) {
            Path file = store.write("dry.ndjson", ACME.formatted("Acme"), BO.formatted("Bo"),
                "{\"type\":\"rev_user\",\"external_ref\":\"cy\",\"phone_numbers\":[\"555\"]}");

            CommandRun run = store.roster("import", "--dry-run", file.toString());

            assertEquals("dry run, nothing written: 2 imported, 0 updated, 0 skipped, 1 failed", run.out().lines().findFirst()
                .orElseThrow(), run.err());
            assertEquals("phone_numbers", BulkStore.lines(store.file("dry.ndjson.errors.ndjson")).get(0).get("field").asText());
            assertEquals(0, store.admin().get("/accounts.list").assertStatus(200).body().get("accounts").size());
            assertEquals(0, bo(store.admin()).get("rev_users").size());
            assertTrue(Files.notExists(store.file("dry.ndjson.import-state")));
        }
    }

    @Test
    void a_dash_imports_from_standard_input() {
        try (BulkStore store = BulkStore.start(engine)) {
            byte[] input = (ACME.formatted("Acme") + "\n" + BO.formatted("Bo") + "\n").getBytes(StandardCharsets.UTF_8);

            CommandRun run = store.rosterReading(new ByteArrayInputStream(input), "import", "-",
                "--errors", store.file("stdin-errors.ndjson").toString());

            assertEquals("2 imported, 0 updated, 0 skipped, 0 failed", run.out(), run.err());
            assertEquals("Bo", bo(store.admin()).at("/rev_users/0/display_name").asText());
        }
    }

    @Test
    void an_import_emits_events_only_with_emit_events() {
        try (BulkStore store = BulkStore.start(engine)) {
            Path quiet = store.write("quiet.ndjson", ACME.formatted("Acme"), BO.formatted("Bo"));
            assertEquals("2 imported, 0 updated, 0 skipped, 0 failed", store.roster("import", quiet.toString()).out());
            assertEquals(0, events(store.admin()).size());

            Path loud = store.write("loud.ndjson", "{\"type\":\"tag\",\"name\":\"vip\"}");
            CommandRun run = store.roster("import", "--emit-events", loud.toString());
            assertEquals("1 imported, 0 updated, 0 skipped, 0 failed", run.out(), run.err());
            assertEquals(1, events(store.admin()).size());
            assertEquals("tag_created", events(store.admin()).get(0).get("type").asText());
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode events(Api admin) {
        return admin.get("/_roster/events.list").assertStatus(200).body().get("events");
    }

    private static com.fasterxml.jackson.databind.JsonNode bo(Api admin) {
        return admin.get("/rev-users.list", "external_ref=bo").assertStatus(200).body();
    }
}
