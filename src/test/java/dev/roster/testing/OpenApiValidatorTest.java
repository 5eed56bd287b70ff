package dev.roster.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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

    /** Roster's document always; DevRev's contract when it is beside the project (skipped, saying so, when not). */
    private static List<OpenApiValidator> documents() {
        List<OpenApiValidator> documents = new ArrayList<>(List.of(OpenApiValidator.roster()));
        OpenApiValidator.contract().ifPresent(documents::add);
        return documents;
    }

    @Test
    void both_documents_accept_a_well_formed_user_and_error() throws Exception {
        for (OpenApiValidator validator : documents()) {
            valid(validator, "/dev-users.get", 200, USER);
            valid(validator, "/dev-users.get", 400, "{\"type\": \"invalid_id\", \"field_name\": \"id\", \"message\": \"bad\"}");
            valid(validator, "/dev-users.get", 404, "{\"type\": \"not_found\", \"message\": \"gone\"}");
        }
    }

    @Test
    void both_documents_reject_wrong_bodies() {
        for (OpenApiValidator validator : documents()) {
            invalid(validator, "/dev-users.get", 200, "{}");
            invalid(validator, "/dev-users.get", 200, USER.replace("\"shadow\"", "\"sleeping\""));
            invalid(validator, "/dev-users.get", 200, USER.replace("\"is_verified\": false", "\"is_verified\": \"no\""));
            invalid(validator, "/dev-users.get", 200, USER.replace("\"type\": \"dev_user\", ", ""));
            invalid(validator, "/dev-users.get", 404, "{\"type\": \"not_here\"}");
        }
    }

    @Test
    void the_contract_requires_the_fields_of_each_error_type() {
        OpenApiValidator contract = OpenApiValidator.requireContract();
        // Per-type required fields live in the contract's discriminated branches.
        invalid(contract, "/dev-users.get", 400, "{\"type\": \"invalid_id\"}");
    }

    @Test
    void a_webhook_event_is_checked_against_the_contracts_component_schema() throws Exception {
        OpenApiValidator contract = OpenApiValidator.requireContract();
        String event = "{\"id\": \"don:integration:dvrv-us-1:devo/1:event/1\", \"webhook_id\": "
            + "\"don:integration:dvrv-us-1:devo/1:webhook/1\", \"type\": \"dev_user_updated\", \"dev_user_updated\": "
            + USER + "}";
        contract.validateComponent("webhook-event-request", json(event), "event");
        assertThrows(AssertionError.class, () -> contract.validateComponent("webhook-event-request",
            json(event.replace("\"shadow\"", "\"sleeping\"")), "event"));
        assertThrows(AssertionError.class, () -> contract.validateComponent("event-dev-user-updated", json("{}"), "event"));
        assertThrows(AssertionError.class, () -> contract.validateComponent("no-such-schema", json("{}"), "event"));
    }

    @Test
    void roster_must_document_every_status_it_answers() {
        assertThrows(AssertionError.class, () -> valid(OpenApiValidator.roster(), "/dev-users.get", 418, "{}"));
        assertThrows(AssertionError.class, () -> valid(OpenApiValidator.roster(), "/no-such.operation", 200, "{}"));
    }
}
