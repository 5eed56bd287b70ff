package dev.roster.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.roster.testing.OpenApiValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Roster's operations as its own OpenAPI document describes them: each path and method, the
 * request body's fields (walked into arrays and objects) and the query parameters of GETs. The
 * fuzz is generated from this, so a new operation or field is fuzzed without editing the test.
 */
final class ApiOperations {
    /** Roster's service endpoints, which take no input and are checked separately. */
    static final Set<String> SERVICE_PATHS = Set.of("/health", "/ready", "/metrics", "/openapi.json");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static List<Operation> all;

    private ApiOperations() {}

    /** One place a value can go: a body path such as {@code tags[0].id}, or a query parameter name. */
    record Field(List<Object> path, String type, String format, boolean required) {
        /** The field's own name: the last named step ({@code id} for {@code tags[0].id}). */
        String name() {
            for (int i = path.size() - 1; i >= 0; i--) if (path.get(i) instanceof String s) return s;
            return "";
        }

        /** The name of the object holding this field, or "" at the top level ({@code tags} for {@code tags[0].id}). */
        String owner() {
            boolean seenName = false;
            for (int i = path.size() - 1; i >= 0; i--) {
                if (path.get(i) instanceof String s) {
                    if (seenName) return s;
                    seenName = true;
                }
            }
            return "";
        }

        boolean isId() { return "id".equals(format) || "tag-filter".equals(format); }

        boolean isString() { return "string".equals(type); }

        String dotted() {
            StringBuilder out = new StringBuilder();
            for (Object step : path) {
                if (step instanceof Integer i) out.append('[').append(i).append(']');
                else out.append(out.isEmpty() ? "" : ".").append(step);
            }
            return out.toString();
        }
    }

    record Operation(String method, String path, List<Field> fields, List<String> required) {
        String name() { return method + " " + path; }

        boolean isGet() { return method.equals("GET"); }

        /** One of Roster's own operations (under {@code /_roster/}), not DevRev's. */
        boolean isRosters() { return path.startsWith("/_roster/"); }

        /** One of the operator's operations ({@code /_roster/dev-orgs.*}): only the operator token opens them. */
        boolean isOperators() { return path.startsWith("/_roster/dev-orgs."); }

        /**
         * One that reads or rewrites a whole dev org ({@code /_roster/snapshots.*}, {@code /_roster/reset}):
         * sent in a dev org of its own, since a restore would undo what the fuzz guards.
         */
        boolean isOrgWide() { return path.startsWith("/_roster/snapshots.") || path.equals("/_roster/reset"); }

        /** An operation that may revoke the token presenting it: {@code auth-tokens.delete} and {@code .self.delete}. */
        boolean revokesCaller() { return path.equals("/auth-tokens.delete") || path.equals("/auth-tokens.self.delete"); }

        /** A call that only reads: get, list, export, scan, self, personal-data, associations.list. */
        boolean reads() {
            return isGet() || path.matches(".*\\.(get|list|export|scan|self|personal-data)");
        }

        /** The fields, and one the document does not declare ({@code zz_unknown}), which must be ignored. */
        List<Field> fieldsAndUnknown() {
            List<Field> all = new ArrayList<>(fields);
            all.add(new Field(List.of("zz_unknown"), "any", null, false));
            return all;
        }

        /** The top-level fields (body fields, or query parameters). */
        List<Field> topLevel() { return fields.stream().filter(f -> f.path().size() == 1).toList(); }
    }

    static synchronized List<Operation> all() {
        if (all != null) return all;
        try (InputStream in = ApiOperations.class.getResourceAsStream("/openapi/roster.yaml")) {
            all = operations(YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * The operations as DevRev's contract describes them, when it is beside the project: those of
     * its directory file, and those of its other file that Roster serves (groups).
     */
    static Optional<List<Operation>> contract() {
        if (!Files.exists(OpenApiValidator.CONTRACT)) return Optional.empty();
        try {
            List<Operation> operations = new ArrayList<>(operations(YAML.readTree(OpenApiValidator.CONTRACT.toFile())));
            if (Files.exists(OpenApiValidator.CONTRACT_GROUPS)) {
                Set<String> served = all().stream().map(Operation::name).collect(java.util.stream.Collectors.toSet());
                operations(YAML.readTree(OpenApiValidator.CONTRACT_GROUPS.toFile())).stream()
                    .filter(op -> served.contains(op.name())).forEach(operations::add);
            }
            return Optional.of(List.copyOf(operations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (SERVICE_PATHS.contains(path.getKey())) continue;
            for (String method : List.of("get", "post")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) operations.add(operation(document, method.toUpperCase(), path.getKey(), operation));
            }
        }
        return List.copyOf(operations);
    }

    private static Operation operation(JsonNode document, String method, String path, JsonNode operation) {
        List<Field> fields = new ArrayList<>();
        List<String> required = new ArrayList<>();
        if (method.equals("GET")) {
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode schema = resolve(document, parameter.get("schema"));
                boolean isRequired = parameter.path("required").asBoolean(false);
                if (isRequired) required.add(parameter.get("name").asText());
                JsonNode items = resolve(document, schema.path("items"));
                String format = schema.path("type").asText().equals("array") ? items.path("format").asText(null)
                    : schema.path("format").asText(null);
                fields.add(new Field(List.of(parameter.get("name").asText()), schema.path("type").asText("string"),
                    format, isRequired));
            }
        } else {
            JsonNode schema = resolve(document, operation.at("/requestBody/content/application~1json/schema"));
            required.addAll(required(document, schema));
            walk(document, schema, new ArrayList<>(), fields, required, 0);
        }
        return new Operation(method, path, List.copyOf(fields), List.copyOf(required));
    }

    /**
     * Adds every property of an object schema (with those of its {@code allOf} parts), then the insides
     * of its arrays and objects, three levels deep. Of a {@code oneOf} only the properties every branch
     * shares are walked (a discriminator's), since which branch's fields apply depends on its value.
     */
    private static void walk(JsonNode document, JsonNode schema, List<Object> at, List<Field> out, List<String> required,
                             int depth) {
        if (depth >= 3) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties(document, schema).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            JsonNode value = resolve(document, property.getValue());
            addValue(document, value, path, out, depth == 0 && required.contains(property.getKey()), depth);
        }
    }

    private static void addValue(JsonNode document, JsonNode schema, List<Object> path, List<Field> out, boolean required,
                                 int depth) {
        boolean hasProperties = !properties(document, schema).isEmpty();
        String type = schema.path("type").asText(hasProperties ? "object" : "any");
        out.add(new Field(List.copyOf(path), type, schema.path("format").asText(null), required));
        if (type.equals("array") && schema.has("items")) {
            List<Object> item = new ArrayList<>(path);
            item.add(0);
            addValue(document, resolve(document, schema.get("items")), item, out, false, depth + 1);
        } else if (hasProperties) {
            walk(document, schema, path, out, List.of(), depth + 1);
        }
    }

    /** A schema's properties, with those of its {@code allOf} parts. */
    private static ObjectNode properties(JsonNode document, JsonNode schema) {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        if (schema.path("properties") instanceof ObjectNode own) all.setAll(own);
        for (JsonNode part : schema.path("allOf")) all.setAll(properties(document, resolve(document, part)));
        return all;
    }

    /** A schema's required property names, with those of its {@code allOf} parts. */
    private static List<String> required(JsonNode document, JsonNode schema) {
        List<String> all = new ArrayList<>();
        schema.path("required").forEach(name -> all.add(name.asText()));
        for (JsonNode part : schema.path("allOf")) all.addAll(required(document, resolve(document, part)));
        return all;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) current = document.at(current.get("$ref").asText().substring(1));
        return current == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : current;
    }
}
