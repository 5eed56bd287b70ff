package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.auth.Caller;
import dev.roster.cli.CommandRun;
import dev.roster.testing.TestEngine;
import dev.roster.webhooks.WebhookSettings;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** An import that stopped (a bad line with --fail-fast, or Ctrl-C) continues with --resume after its last committed line. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class ImportResumeTest {
    /** An account known only by its id in the file: later lines find it through what the stopped run recorded. */
    private static final String ACCOUNT_ID = "don:identity:dvrv-us-1:devo/9:account/7";

    @Parameter
    TestEngine engine;

    @Test
    void a_run_stopped_by_fail_fast_resumes_after_its_last_committed_line() throws Exception {
        try (BulkStore store = BulkStore.start(engine)) {
            Path file = store.write("resume.ndjson",
                "{\"type\":\"account\",\"id\":\"" + ACCOUNT_ID + "\",\"display_name\":\"Acme\"}",
                "{\"type\":\"rev_user\",\"external_ref\":\"a\",\"account\":{\"id\":\"" + ACCOUNT_ID + "\"}}",
                "{\"type\":\"rev_user\",\"external_ref\":\"b\",\"email\":\"nope\"}",
                "{\"type\":\"rev_user\",\"external_ref\":\"c\",\"account\":{\"type\":\"account\",\"id\":\"" + ACCOUNT_ID + "\"}}",
                "{\"type\":\"rev_user\",\"external_ref\":\"d\"}");
            CommandRun stopped = store.roster("import", "--fail-fast", file.toString());
            assertTrue(stopped.out().startsWith("stopped: 2 imported, 0 updated, 0 skipped, 1 failed; lines up to 2"), stopped.out());
            assertTrue(Files.exists(store.file("resume.ndjson.import-state")));

            CommandRun resumed = store.roster("import", "--resume", file.toString());

            assertTrue(resumed.out().startsWith("2 imported, 0 updated, 0 skipped, 1 failed"), resumed.out() + resumed.err());
            assertEquals(1, store.admin().get("/accounts.list").assertStatus(200).body().get("accounts").size());
            assertEquals("Acme", store.admin().get("/rev-users.list", "external_ref=c").assertStatus(200)
                .at("/rev_users/0/rev_org/display_name"));
            assertEquals(List.of(3L, 3L), BulkStore.lines(store.file("resume.ndjson.errors.ndjson")).stream()
                .map(e -> e.get("line").asLong()).toList());
            assertTrue(Files.notExists(store.file("resume.ndjson.import-state")));
        }
    }

    @Test
    void resume_without_a_stopped_run_says_so() {
        try (BulkStore store = BulkStore.start(engine)) {
            Path file = store.write("none.ndjson", "{\"type\":\"tag\",\"name\":\"vip\"}");
            CommandRun run = store.roster("import", "--resume", file.toString());
            assertEquals(1, run.exit());
            assertEquals("roster: no stopped import of " + file + " to resume (none.ndjson.import-state is missing)", run.err());
        }
    }

    /** What Ctrl-C does, without a signal: the import is asked to stop while it runs, here once its first batch commits. */
    @Test
    void an_interrupted_import_commits_what_it_did_and_resumes_from_there() {
        try (BulkStore store = BulkStore.start(engine)) {
            var services = store.server().server().services();
            long org = services.devOrgs().defaultId().orElseThrow();
            String input = String.join("\n", IntStream.range(0, Importer.BATCH + 10)
                .mapToObj(i -> "{\"type\":\"tag\",\"name\":\"tag-" + i + "\"}").toList());
            List<Long> commits = new ArrayList<>();
            Importer[] running = new Importer[1];
            running[0] = new Importer(services, new Importer.Options(ImportMode.CREATE, false, false, false, WebhookSettings.DEFAULT), new Listener() {
                @Override
                public void committed(long line, Map<String, String> fileIds) {
                    commits.add(line);
                    running[0].stop();
                }
            });

            ImportSummary interrupted = running[0].run(org, new BufferedReader(new StringReader(input)), 0, Map.of());

            assertEquals(List.of((long) Importer.BATCH), commits);
            assertTrue(interrupted.stoppedEarly());
            assertEquals(Importer.BATCH, interrupted.committedThrough());
            assertEquals(Importer.BATCH, tags(store));
            Importer rest = new Importer(services, new Importer.Options(ImportMode.CREATE, false, false, false, WebhookSettings.DEFAULT), new Listener());
            ImportSummary resumed = rest.run(org, new BufferedReader(new StringReader(input)), Importer.BATCH, Map.of());
            assertEquals(10, resumed.imported());
            assertEquals(Importer.BATCH + 10, tags(store));
        }
    }

    private static int tags(BulkStore store) {
        return BulkStore.count(store.admin(), "/tags.list", "tags");
    }

    /** Records nothing: these tests read the summary. */
    private static class Listener implements ImportListener {
        @Override public void failed(RowError error) {}

        @Override public void read(long line) {}

        @Override public void committed(long line, Map<String, String> fileIds) {}
    }
}
