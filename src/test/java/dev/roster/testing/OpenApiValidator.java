package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates response bodies against an OpenAPI 3.0 document: Roster's own (every response must be
 * documented) and, when it is beside the project, DevRev's contract (where it documents the
 * operation and status). The contract comes in several files, each with its own components: an
 * operation is checked against the file that describes it. OpenAPI discriminators become JSON-Schema if/then, since a literal oneOf
 * over loose branch schemas would match several.
 */
public final class OpenApiValidator {
    /** DevRev's contract, beside the project (the repository root is the tests' working directory). */
    public static final Path CONTRACT = Path.of("..", "shared", "contract", "devrev-directory.openapi.yaml");
    /** The contract's file of webhooks, groups and auth tokens, beside the first; Roster serves its groups. */
    public static final Path CONTRACT_GROUPS = CONTRACT.resolveSibling("devrev-webhooks-groups-tokens.openapi.yaml");
    private static final String ABSENT = "DevRev's contract is not at " + CONTRACT.toAbsolutePath().normalize()
        + ": checks against it are skipped";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static volatile OpenApiValidator roster;
    private static volatile Optional<OpenApiValidator> contract;

    private final String name;
    private final JsonNode document;
    private final ObjectNode components;
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();
    /** The next file of the same document, for the operations this one does not describe; null for none. */
    private final OpenApiValidator next;

    private OpenApiValidator(String name, JsonNode document) {
        this(name, document, null);
    }

    private OpenApiValidator(String name, JsonNode document, OpenApiValidator next) {
        this.name = name;
        this.next = next;
        this.document = document.deepCopy();
        rewriteDiscriminators(this.document);
        this.components = (ObjectNode) this.document.get("components");
    }

    public static OpenApiValidator roster() {
        if (roster == null) {
            try (InputStream in = OpenApiValidator.class.getResourceAsStream("/openapi/roster.yaml")) {
                roster = new OpenApiValidator("Roster's OpenAPI document", YAML.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return roster;
    }

    /**
     * DevRev's contract, when it is beside the project (CI always has it; a user's clone does not).
     * Its absence is said once, on one line, and the checks against it are skipped.
     */
    public static synchronized Optional<OpenApiValidator> contract() {
        if (contract == null) {
            try {
                contract = Files.exists(CONTRACT)
                    ? Optional.of(new OpenApiValidator("the DevRev contract", YAML.readTree(CONTRACT.toFile()), groups()))
                    : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (contract.isEmpty()) System.err.println(ABSENT);
        }
        return contract;
    }

    private static OpenApiValidator groups() throws IOException {
        return Files.exists(CONTRACT_GROUPS)
            ? new OpenApiValidator("the DevRev contract (" + CONTRACT_GROUPS.getFileName() + ")",
                YAML.readTree(CONTRACT_GROUPS.toFile()))
            : null;
    }

    /** The contract, or the test is skipped with the reason. */
    public static OpenApiValidator requireContract() {
        Optional<OpenApiValidator> found = contract();
        assumeTrue(found.isPresent(), ABSENT);
        return found.get();
    }

    /**
     * @param required whether the document must describe this operation and status
     */
    public void validate(String method, String path, int status, JsonNode body, boolean required, String where) {
        if (next != null && !describes(path)) {
            next.validate(method, path, status, body, required, where);
            return;
        }
        Optional<JsonSchema> schema = schemas.computeIfAbsent(method + " " + path + " " + status,
            key -> schemaFor(method, path, status));
        if (schema.isEmpty()) {
            if (required) fail(name + " does not document " + where);
            return;
        }
        Set<ValidationMessage> errors = schema.get().validate(body);
        if (!errors.isEmpty()) fail(where + ": body does not match " + name + ": " + errors + "\nbody: " + body);
    }

    /**
     * Validates {@code body} against one of the document's component schemas (as a webhook event
     * against {@code webhook-event-request}), looking in the next file when this one has none.
     */
    public void validateComponent(String schema, JsonNode body, String where) {
        if (!components.path("schemas").has(schema)) {
            if (next == null) fail(name + " has no schema " + schema);
            next.validateComponent(schema, body, where);
            return;
        }
        JsonSchema compiled = schemas.computeIfAbsent("#" + schema, key -> {
            ObjectNode root = YAML.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", components);
            root.put("$ref", "#/components/schemas/" + schema);
            return Optional.of(FACTORY.getSchema(root, CONFIG));
        }).orElseThrow();
        Set<ValidationMessage> errors = compiled.validate(body);
        if (!errors.isEmpty()) fail(where + ": does not match " + name + "'s " + schema + ": " + errors + "\nbody: " + body);
    }

    /** For responses without a body: the document must still list the status for the operation. */
    public void requireDocumented(String method, String path, int status, String where) {
        if (next != null && !describes(path)) {
            next.requireDocumented(method, path, status, where);
            return;
        }
        JsonNode response = document.path("paths").path(path).path(method.toLowerCase()).path("responses")
            .path(Integer.toString(status));
        if (response.isMissingNode()) fail(name + " does not document " + where);
    }

    private boolean describes(String path) {
        return document.path("paths").has(path);
    }

    private Optional<JsonSchema> schemaFor(String method, String path, int status) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase());
        if (operation.isMissingNode()) return Optional.empty();
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) return Optional.empty();
        if (response.has("$ref")) response = resolve(response.get("$ref").asText());
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) return Optional.empty();
        ObjectNode root = YAML.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", components);
        root.setAll((ObjectNode) schema.deepCopy());
        return Optional.of(FACTORY.getSchema(root, CONFIG));
    }

    private JsonNode resolve(String ref) {
        return document.at(ref.substring(1));
    }

    /**
     * Replaces each {@code discriminator} + {@code oneOf} with one if/then per mapping, and lets the
     * mapped branch schemas accept the parent's properties (the contract marks some branches
     * {@code additionalProperties: false}, meant relative to the parent, which JSON Schema cannot say).
     */
    private static void rewriteDiscriminators(JsonNode node) {
        Set<String> branches = new HashSet<>();
        rewrite(node, branches);
        for (String branch : branches) {
            JsonNode target = node.at(branch.substring(1));
            if (target instanceof ObjectNode object && object.path("additionalProperties").isBoolean()) {
                object.remove("additionalProperties");
            }
        }
    }

    private static void rewrite(JsonNode node, Set<String> branches) {
        if (node instanceof ObjectNode object) {
            JsonNode discriminator = object.get("discriminator");
            if (discriminator != null && object.has("oneOf") && discriminator.has("mapping")) {
                String property = discriminator.get("propertyName").asText();
                ArrayNode allOf = object.withArray("allOf");
                for (Iterator<Map.Entry<String, JsonNode>> it = discriminator.get("mapping").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> mapping = it.next();
                    ObjectNode rule = allOf.addObject();
                    ObjectNode condition = rule.putObject("if");
                    condition.putObject("properties").putObject(property).put("const", mapping.getKey());
                    condition.putArray("required").add(property);
                    rule.putObject("then").put("$ref", mapping.getValue().asText());
                    branches.add(mapping.getValue().asText());
                }
                object.remove("oneOf");
                object.remove("discriminator");
            }
            object.fields().forEachRemaining(field -> rewrite(field.getValue(), branches));
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> rewrite(item, branches));
        }
    }
}
