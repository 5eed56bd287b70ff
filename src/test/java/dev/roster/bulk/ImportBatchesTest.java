package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.cli.CommandRun;
import dev.roster.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A file of several batches: every line once, its errors in file order. On PostgreSQL the batches of
 * rev users run side by side (Workers); on SQLite one after the other.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class ImportBatchesTest {
    private static final int USERS = Importer.BATCH * Importer.POSTGRES_WORKERS + 500;

    @Parameter
    TestEngine engine;

    @Test
    void every_line_of_many_batches_is_imported_once_and_errors_come_in_file_order() throws Exception {
        try (BulkStore store = BulkStore.start(engine)) {
            List<String> lines = new ArrayList<>(List.of("{\"type\":\"account\",\"display_name\":\"Acme\",\"external_refs\":[\"acme\"]}"));
            for (int i = 0; i < USERS; i++) {
                // Every 1,000th user has a bad phone number: one error in each batch.
                String phone = i % Importer.BATCH == 7 ? ",\"phone_numbers\":[\"12\"]" : "";
                lines.add("{\"type\":\"rev_user\",\"external_ref\":\"u" + i + "\",\"account\":\"acme\"" + phone + "}");
            }
            lines.add("{\"type\":\"rev_user_association\",\"rev_user\":\"u1\",\"account\":\"acme\"}");
            Path file = Files.write(store.file("many.ndjson"), lines);

            CommandRun run = store.roster("import", file.toString());

            int bad = (USERS + Importer.BATCH - 8) / Importer.BATCH;
            assertTrue(run.out().startsWith((USERS - bad + 2) + " imported, 0 updated, 0 skipped, " + bad + " failed"),
                run.out() + run.err());
            List<Long> errorLines = BulkStore.lines(store.file("many.ndjson.errors.ndjson")).stream()
                .map(e -> e.get("line").asLong()).toList();
            assertEquals(errorLines.stream().sorted().toList(), errorLines);
            assertEquals(bad, errorLines.size());
            JsonNode associated = store.admin().get("/rev-users.list", "external_ref=u1").assertStatus(200).body();
            assertEquals("Acme", associated.at("/rev_users/0/rev_org/display_name").asText());
            assertEquals(USERS - bad, BulkStore.count(store.admin(), "/rev-users.list", "rev_users"));
            assertTrue(Files.notExists(store.file("many.ndjson.import-state")));
        }
    }
}
