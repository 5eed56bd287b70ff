package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.cli.CommandRun;
import dev.roster.testing.Api;
import dev.roster.testing.TestEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Export, import into an empty store, export again: the same objects, with their dates and natural keys. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class BulkRoundTripTest {
    @Parameter
    TestEngine engine;

    @Test
    void every_kind_and_relation_survives_a_round_trip_into_an_empty_store() throws Exception {
        try (BulkStore source = BulkStore.start(engine); BulkStore target = BulkStore.start(engine)) {
            Directory.fill(source.admin());
            List<JsonNode> exported = source.export();
            assertEquals(List.of("dev_user", "dev_user", "tag", "account", "rev_org", "rev_org", "rev_user", "rev_user",
                "rev_user_association", "group", "group", "group_member", "group_member"),
                exported.stream().map(line -> line.path("type").asText()).toList());
            Path file = target.file("directory.ndjson");
            Files.write(file, exported.stream().map(JsonNode::toString).toList());

            CommandRun imported = target.roster("import", file.toString());
            assertEquals(0, imported.exit(), imported.out() + imported.err());

            assertEquals(Directory.comparable(exported), Directory.comparable(target.export()));
        }
    }
}
