package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The validator that guards every test must itself reject wrong bodies. */
class OpenApiValidatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String USER = """
        {"dev_user": {"id": "don:identity:dvrv-us-1:devo/1:devu/2", "display_id": "DEVU-2", "state": "shadow",
         "created_date": "2024-01-01T00:00:00.000Z",
         "created_by": {"type": "dev_user", "id": "don:identity:dvrv-us-1:devo/1:devu/1"},
         "external_identities": [{"issuer": "github", "id": "x", "is_verified": false}]}}""";

    private static JsonNode json(String text) throws Exception { return MAPPER.readTree(text); }

    private static void valid(OpenApiValidator validator, String path, int status, String body) throws Exception {
        validator.validate("POST", path, status, json(body), true, "test");
    }

    private static void invalid(OpenApiValidator validator, String path, int status, String body) {
        assertThrows(AssertionError.class, () -> valid(validator, path, status, body), body);
    }

    @Test
    void both_documents_accept_a_well_formed_user_and_error() throws Exception {
        for (OpenApiValidator validator : new OpenApiValidator[] {OpenApiValidator.roster(), OpenApiValidator.contract().orElseThrow()}) {
            valid(validator, "/dev-users.get", 200, USER);
            valid(validator, "/dev-users.get", 400, "{\"type\": \"invalid_id\", \"field_name\": \"id\", \"message\": \"bad\"}");
            valid(validator, "/dev-users.get", 404, "{\"type\": \"not_found\", \"message\": \"gone\"}");
        }
    }

    @Test
    void both_documents_reject_wrong_bodies() {
        assertTrue(OpenApiValidator.contract().isPresent(), "the contract is beside the project");
        for (OpenApiValidator validator : new OpenApiValidator[] {OpenApiValidator.roster(), OpenApiValidator.contract().orElseThrow()}) {
            invalid(validator, "/dev-users.get", 200, "{}");
            invalid(validator, "/dev-users.get", 200, USER.replace("\"shadow\"", "\"sleeping\""));
            invalid(validator, "/dev-users.get", 200, USER.replace("\"is_verified\": false", "\"is_verified\": \"no\""));
            invalid(validator, "/dev-users.get", 200, USER.replace("\"type\": \"dev_user\", ", ""));
            invalid(validator, "/dev-users.get", 404, "{\"type\": \"not_here\"}");
        }
        // Per-type required fields live in the contract's discriminated branches.
        invalid(OpenApiValidator.contract().orElseThrow(), "/dev-users.get", 400, "{\"type\": \"invalid_id\"}");
    }

    @Test
    void roster_must_document_every_status_it_answers() {
        assertThrows(AssertionError.class, () -> valid(OpenApiValidator.roster(), "/dev-users.get", 418, "{}"));
        assertThrows(AssertionError.class, () -> valid(OpenApiValidator.roster(), "/no-such.operation", 200, "{}"));
    }
}
