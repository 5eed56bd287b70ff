package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.cli.CommandRun;
import dev.roster.testing.TestEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Bad lines are reported with their line, field and reason; the good ones are imported, unless --fail-fast stops. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class ImportBadLinesTest {
    static final String[] FILE = {
        "{\"type\":\"account\",\"display_name\":\"Acme\",\"external_refs\":[\"acme\"]}",
        "{\"type\":\"rev_user\",\"external_ref\":\"bo\",\"email\":\"not an email\",\"account\":\"acme\"}",
        "{\"type\":\"rev_user\",",
        "{\"type\":\"robot\",\"name\":\"R2\"}",
        "{\"type\":\"rev_user\",\"external_ref\":\"cy\",\"account\":\"globex\"}",
        "{\"type\":\"rev_user\",\"external_ref\":\"di\",\"display_name\":\"Di\",\"account\":\"acme\"}",
    };

    @Parameter
    TestEngine engine;

    @Test
    void each_bad_line_is_reported_with_its_line_field_and_reason_and_the_good_lines_are_imported() {
        try (BulkStore store = BulkStore.start(engine)) {
            Path file = store.write("bad.ndjson", FILE);

            CommandRun run = store.roster("import", file.toString());

            assertEquals(1, run.exit(), run.err());
            assertTrue(run.out().startsWith("2 imported, 0 updated, 0 skipped, 4 failed"), run.out());
            List<JsonNode> errors = BulkStore.lines(store.file("bad.ndjson.errors.ndjson"));
            assertEquals(List.of(2L, 3L, 4L, 5L), errors.stream().map(e -> e.get("line").asLong()).toList());
            assertEquals("email", errors.get(0).get("field").asText());
            assertTrue(errors.get(0).get("reason").asText().contains("not an email"), errors.get(0).toString());
            assertTrue(errors.get(1).get("reason").asText().startsWith("is not JSON"), errors.get(1).toString());
            assertEquals("type", errors.get(2).get("field").asText());
            assertTrue(errors.get(2).get("reason").asText().contains("'robot' is no type"), errors.get(2).toString());
            assertEquals("account", errors.get(3).get("field").asText());
            assertEquals("account: no account with external ref globex", errors.get(3).get("reason").asText());
            assertEquals("Di", store.admin().get("/rev-users.list", "external_ref=di").assertStatus(200)
                .at("/rev_users/0/display_name"));
            assertEquals(0, store.admin().get("/rev-users.list", "external_ref=bo").assertStatus(200)
                .body().get("rev_users").size());
        }
    }

    @Test
    void fail_fast_stops_at_the_first_bad_line_and_keeps_the_lines_before_it() {
        try (BulkStore store = BulkStore.start(engine)) {
            Path file = store.write("bad.ndjson", FILE);

            CommandRun run = store.roster("import", "--fail-fast", file.toString());

            assertEquals(1, run.exit(), run.err());
            assertTrue(run.out().startsWith("stopped: 1 imported, 0 updated, 0 skipped, 1 failed; lines up to 1 are committed"),
                run.out());
            assertEquals(1, BulkStore.lines(store.file("bad.ndjson.errors.ndjson")).size());
            assertEquals("Acme", store.admin().get("/accounts.list").assertStatus(200).at("/accounts/0/display_name"));
            assertEquals(0, store.admin().get("/rev-users.list").assertStatus(200).body().get("rev_users").size());
        }
    }
}
