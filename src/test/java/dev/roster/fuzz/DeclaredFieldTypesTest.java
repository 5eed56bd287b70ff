package dev.roster.fuzz;

import static dev.roster.fuzz.Inputs.NODES;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.fuzz.ApiOperations.Field;
import dev.roster.fuzz.ApiOperations.Operation;
import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.OpenApiValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every field that DevRev's contract declares in a request body, whether Roster models it or not, is
 * type-checked: walked from the contract itself, each one is sent with every wrong JSON type (and, in
 * arrays, a wrong item type) inside an otherwise valid request naming real objects, and must answer
 * 400 {@code unexpected_json_type} naming the field, before any lookup or change. A field the
 * contract does not declare stays ignored.
 */
class DeclaredFieldTypesTest extends ApiTest {
    private static final String DESTRUCTIVE = ".*(delete|merge|deactivate|unlink|remove|link).*";

    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void every_declared_field_of_a_wrong_json_type_is_refused_naming_the_field() {
        OpenApiValidator.requireContract();
        List<Operation> operations = ApiOperations.contract().orElseThrow();
        Inputs inputs = null;
        // Operations that may revoke the caller's tokens (all of its user's, for self.delete) act as a user of their own.
        long revoker = DevUsers.number(DevUsers.create(api, "typed-revoker@example.com"));
        for (Operation op : operations) {
            if (op.isGet()) continue;
            if (inputs == null || op.path().matches(DESTRUCTIVE)) inputs = freshTargets();
            ObjectNode base = inputs.base(op);
            Api client = op.revokesCaller() ? api.withToken(server.token(tenant, revoker, Scope.ADMIN)) : api;
            op.fields().forEach(field -> wrongValues(field).forEach(wrong -> expectRefused(client, op, base, field, wrong)));
            // Last, since the request may succeed and change its targets.
            ApiResponse undeclared = client.post(op.path(), Inputs.json(Inputs.with(base, List.of("zz_undeclared"),
                NODES.numberNode(42))));
            if (undeclared.body().path("field_name").asText().equals("zz_undeclared")) {
                failures.add(op.path() + ": an undeclared field must be ignored, got " + undeclared.text());
            }
        }
        System.out.printf("[%s] %d requests with a wrongly typed declared field%n", engine, sent);
        assertTrue(failures.isEmpty(), () -> failures.size() + " of " + sent + " checks failed:\n"
            + failures.stream().limit(40).collect(Collectors.joining("\n")));
    }

    private void expectRefused(Api client, Operation op, ObjectNode base, Field field, JsonNode wrong) {
        String body = Inputs.json(Inputs.with(base, field.path(), wrong));
        ApiResponse response = client.post(op.path(), body);
        sent++;
        String expected = fieldName(field);
        if (response.status() != 400 || !"unexpected_json_type".equals(response.body().path("type").asText())
                || !expected.equals(response.body().path("field_name").asText())) {
            failures.add(op.path() + " " + body + "\n  expected unexpected_json_type for " + expected + ", got "
                + response.status() + " " + response.text());
        }
    }

    /** Objects for the next operations to name, made anew before each one that destroys or links them. */
    private Inputs freshTargets() {
        Directory targets = Directory.create(api, "d" + System.nanoTime());
        // The pool of hostile IDs is not drawn from here; the targets stand in for the foreign set.
        // The contract has no dev-org operation, so no dev org is needed as a target.
        return new Inputs(targets, null, new IdPool(targets, tenant.adminDisplayId(), targets));
    }

    /** Every JSON type but the declared one (null counts as absent). */
    private static List<JsonNode> wrongValues(Field field) {
        List<JsonNode> all = new ArrayList<>();
        switch (field.type()) {
            case "any" -> { }
            case "string" -> all.addAll(List.of(NODES.numberNode(42), NODES.booleanNode(true), NODES.arrayNode().add("x"),
                NODES.objectNode().put("a", "x")));
            case "integer", "number" -> all.addAll(List.of(NODES.textNode("7"), NODES.booleanNode(true),
                NODES.arrayNode().add(7), NODES.objectNode().put("a", 7)));
            case "boolean" -> all.addAll(List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.arrayNode().add(true),
                NODES.objectNode().put("a", true)));
            case "array" -> all.addAll(List.of(NODES.textNode("x"), NODES.numberNode(42), NODES.booleanNode(true),
                NODES.objectNode().put("a", "x")));
            case "object" -> all.addAll(List.of(NODES.textNode("x"), NODES.numberNode(42), NODES.booleanNode(true),
                NODES.arrayNode().add("x")));
            default -> throw new IllegalStateException("no wrong values for type " + field.type() + " of " + field.dotted());
        }
        return all;
    }

    /** The name Roster's errors give a field: {@code tags[].id}, {@code artifacts[]}, {@code custom_schema_spec.drop.apps}. */
    private static String fieldName(Field field) {
        StringBuilder name = new StringBuilder();
        for (Object step : field.path()) {
            if (step instanceof Integer) name.append("[]");
            else name.append(name.isEmpty() ? "" : ".").append(step);
        }
        return name.toString();
    }
}
