package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.cli.CommandRun;
import dev.roster.testing.Api;
import dev.roster.testing.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code roster export}: the kinds asked for, of the dev org asked for, and nothing of another. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class ExportTest {
    @Parameter
    TestEngine engine;

    @Test
    void kinds_limit_the_export_to_those_kinds_and_a_dash_writes_to_standard_output() throws Exception {
        try (BulkStore store = BulkStore.start(engine)) {
            Directory.fill(store.admin());

            List<JsonNode> lines = store.export("--kinds", "tag,group");

            assertEquals(List.of("tag", "group", "group", "group_member", "group_member"),
                lines.stream().map(line -> line.path("type").asText()).toList());
            CommandRun toStdout = store.roster("export", "--kinds", "tag", "-");
            assertEquals(0, toStdout.exit(), toStdout.err());
            assertEquals("vip", BulkStore.MAPPER.readTree(toStdout.out()).get("name").asText());
            CommandRun unknown = store.roster("export", "--kinds", "tag,robot", "-");
            assertEquals(2, unknown.exit());
            assertTrue(unknown.err().contains("--kinds: unknown kind 'robot'"), unknown.err());
        }
    }

    @Test
    void another_dev_orgs_data_never_appears_in_an_export() {
        try (BulkStore store = BulkStore.start(engine)) {
            Directory.fill(store.admin());
            JsonNode other = store.server().client(store.server().server().generatedOperatorToken().orElseThrow())
                .post("/_roster/dev-orgs.create", "{\"admin_email\":\"other@example.com\"}").assertStatus(201).body();
            Api them = store.server().client(other.get("token").asText());
            them.post("/accounts.create", "{\"display_name\":\"Globex\",\"external_refs\":[\"globex\"]}").assertStatus(201);
            them.post("/tags.create", "{\"name\":\"secret\"}").assertStatus(201);

            String ours = store.export().toString();
            List<JsonNode> theirs = store.export("--dev-org", other.at("/dev_org/display_id").asText());

            assertFalse(ours.contains("Globex") || ours.contains("secret") || ours.contains("other@example.com"));
            assertEquals(List.of("dev_user", "tag", "account", "rev_org"),
                theirs.stream().map(line -> line.path("type").asText()).toList());
            assertFalse(theirs.toString().contains("Acme") || theirs.toString().contains("vip"));
        }
    }
}
