package dev.roster.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.core.type.TypeReference;
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

/**
 * Webhooks in bulk files: exported without their secrets unless asked, imported by url through the
 * webhook operations, so unverified while the server verifies, and inactive ones stay inactive.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
class WebhookBulkTest {
    private static final String ALERTS = "http://127.0.0.1:9/alerts";
    private static final String AUDIT = "http://127.0.0.1:9/audit";

    @Parameter
    TestEngine engine;

    @Test
    void webhooks_are_exported_without_secrets_unless_asked_and_imported_with_their_status_dates_and_lists() throws Exception {
        try (BulkStore source = BulkStore.start(engine); BulkStore target = BulkStore.start(engine);
             BulkStore verifying = BulkStore.start(engine)) {
            JsonNode alerts = create(source.admin(), ALERTS, "{\"name\":\"X-Team\",\"value\":\"blue\"}");
            String audit = create(source.admin(), AUDIT, "").get("id").asText();
            source.admin().post("/webhooks.update", "{\"id\":\"" + audit + "\",\"action\":\"deactivate\"}").assertStatus(200);

            List<JsonNode> exported = source.export("--kinds", "webhook");
            assertEquals(List.of("webhook", "webhook"), exported.stream().map(line -> line.path("type").asText()).toList());
            assertFalse(exported.get(0).has("secret"), exported.get(0).toString());
            List<JsonNode> withSecrets = source.export("--kinds", "webhook", "--include-secrets");
            assertEquals(alerts.get("secret"), withSecrets.get(0).get("secret"));

            CommandRun quiet = target.roster("import", "--webhook-verify", "off", file(target, exported).toString());
            assertEquals("2 imported, 0 updated, 0 skipped, 0 failed", quiet.out(), quiet.err());
            JsonNode imported = byUrl(target.admin(), ALERTS);
            assertEquals("active", imported.get("status").asText());
            assertNotEquals(alerts.get("secret"), imported.get("secret"), "a webhook without a secret gets a new one");
            for (String field : List.of("event_types", "headers", "created_date")) assertEquals(alerts.get(field), imported.get(field));
            assertEquals("inactive", byUrl(target.admin(), AUDIT).get("status").asText());

            CommandRun verified = verifying.roster("import", file(verifying, withSecrets).toString());
            assertEquals("2 imported, 0 updated, 0 skipped, 0 failed", verified.out(), verified.err());
            assertEquals("unverified", byUrl(verifying.admin(), ALERTS).get("status").asText());
            assertEquals(alerts.get("secret"), byUrl(verifying.admin(), ALERTS).get("secret"));
            assertEquals("inactive", byUrl(verifying.admin(), AUDIT).get("status").asText());
        }
    }

    @Test
    void create_skips_a_webhook_whose_url_exists_and_upsert_replaces_its_event_types_and_status() {
        try (BulkStore store = BulkStore.start(engine)) {
            create(store.admin(), ALERTS, "");
            Path file = store.write("hooks.ndjson", "{\"type\":\"webhook\",\"url\":\"" + ALERTS + "\",\"event_types\":[\"tag_deleted\"],"
                + "\"status\":\"inactive\"}",
                "{\"type\":\"webhook\",\"url\":\"ftp://example.com/hooks\"}");

            CommandRun created = store.roster("import", file.toString());
            assertEquals("0 imported, 0 updated, 1 skipped, 1 failed", created.out().lines().findFirst().orElseThrow(), created.err());
            assertEquals("url", BulkStore.lines(store.file("hooks.ndjson.errors.ndjson")).get(0).get("field").asText());
            assertEquals(List.of("tag_created", "rev_user_created"), types(byUrl(store.admin(), ALERTS)));

            CommandRun upserted = store.roster("import", "--mode", "upsert", file.toString());
            assertEquals("0 imported, 1 updated, 0 skipped, 1 failed", upserted.out().lines().findFirst().orElseThrow(),
                upserted.err());
            assertEquals(List.of("tag_deleted"), types(byUrl(store.admin(), ALERTS)));
            assertEquals("inactive", byUrl(store.admin(), ALERTS).get("status").asText());
            assertEquals(1, store.admin().get("/webhooks.list").assertStatus(200).body().get("webhooks").size());
        }
    }

    private static JsonNode create(Api admin, String url, String header) {
        return admin.post("/webhooks.create", "{\"url\":\"" + url + "\",\"event_types\":[\"tag_created\",\"rev_user_created\"],"
            + "\"headers\":[" + header + "]}").assertStatus(201).body().get("webhook");
    }

    private static JsonNode byUrl(Api admin, String url) {
        for (JsonNode webhook : admin.get("/webhooks.list").assertStatus(200).body().get("webhooks")) {
            if (webhook.get("url").asText().equals(url)) return webhook;
        }
        throw new AssertionError("no webhook of " + url);
    }

    private static List<String> types(JsonNode webhook) {
        return BulkStore.MAPPER.convertValue(webhook.get("event_types"), new TypeReference<List<String>>() {});
    }

    private static Path file(BulkStore store, List<JsonNode> lines) throws Exception {
        return Files.write(store.file("hooks-" + System.nanoTime() + ".ndjson"), lines.stream().map(JsonNode::toString).toList());
    }
}
