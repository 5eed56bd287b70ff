package dev.roster.fuzz;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.auth.Scope;
import dev.roster.fuzz.ApiOperations.Operation;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Tenant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input suite: every operation of Roster's OpenAPI document (DevRev's: 56 of the directory, 10 of groups,
 * dev-orgs.get and auth-tokens.*; and Roster's own under /_roster/; not /health, /ready, /metrics, /openapi.json) gets a fixed, deterministic
 * battery of bad requests over real HTTP. Whatever is sent, the server answers 2xx or 4xx with a
 * body valid against its document and the contract (never 5xx), stays healthy, and leaves the data
 * made before the run untouched, in its own dev org and in another one.
 *
 * <p>The fuzz acts as its own dev user holding an admin token, and as the operator (the operator
 * token) for Roster's own {@code /_roster/dev-orgs.*}, which refuse every org token. Where an input
 * needs a valid ID to reach deeper code, it names objects the fuzz made itself (remade before operations that destroy
 * them; dev-orgs.delete names a dev org made for its batch; snapshots and reset act on a dev org of their own,
 * since a restore would undo everything); the guarded objects are only ever named
 * by invalid or foreign IDs, and neither the fuzz's dev org, the other one nor the default is deleted.
 */
class HostileInputTest extends ApiTest {
    private static final String DESTRUCTIVE = ".*(delete|merge|deactivate|unlink|remove|link|personal-data).*";

    private Directory guarded;
    private Tenant other;
    private Directory foreign;
    private Map<String, String> guardedBefore;
    private String adminBefore;
    private Map<String, String> foreignBefore;
    private IdPool ids;
    private Api fuzz;
    private FuzzRunner runner;
    private int targetSets;
    private String defaultOrgBefore;

    @BeforeEach
    void makeGuardedDataAndTheFuzzer() {
        guarded = Directory.create(api, "guarded");
        other = server.newTenant();
        foreign = Directory.create(other.admin(), "foreign");
        guardedBefore = guarded.snapshot(api);
        adminBefore = adminRecord();
        foreignBefore = foreign.snapshot(other.admin());
        ids = new IdPool(guarded, tenant.adminDisplayId(), foreign);
        long fuzzer = DevUsers.number(DevUsers.create(api, "fuzzer@example.com"));
        String token = server.token(tenant, fuzzer, Scope.ADMIN);
        fuzz = api.withToken(token);
        Tenant sandbox = server.newTenant();
        String sandboxToken = server.token(sandbox, sandbox.adminId(), Scope.ADMIN);
        // Cases that may revoke their caller's tokens (all of its user's, for self.delete) act as a user of their own.
        long revoker = DevUsers.number(DevUsers.create(api, "fuzz-revoker@example.com"));
        runner = new FuzzRunner(fuzz, token, server.operator(), server.operatorToken(), server.baseUrl(), ids.foreignMarker(),
            sandbox.admin().withToken(sandboxToken), sandboxToken, () -> server.token(tenant, revoker, Scope.ADMIN));
        defaultOrgBefore = defaultOrg();
    }

    @Test
    void bodies_that_are_not_json_objects_are_parse_errors_and_an_empty_body_is_an_empty_object() {
        fuzzEveryOperation(BodyCases::notObjects);
        assertCovered(operations(op -> true));
    }

    @Test
    void missing_required_fields_and_every_wrong_json_type_in_every_field_are_client_errors() {
        fuzzEveryOperation(BodyCases::types);
        assertCovered(operations(op -> true));
    }

    @Test
    void huge_strings_nul_bad_unicode_and_deep_nesting_never_break_an_operation() {
        fuzzEveryOperation(BodyCases::strings);
        assertCovered(operations(op -> true));
    }

    @Test
    void oversized_bodies_are_refused_and_odd_content_types_and_framing_get_json_answers() {
        fuzzEveryOperation(BodyCases::framing);
        assertCovered(operations(op -> true));
    }

    @Test
    void ids_of_the_wrong_kind_or_of_another_dev_org_neither_change_nor_reveal_anything() {
        fuzzEveryOperation(IdAndQueryCases::ids);
        assertCovered(operations(op -> op.fields().stream().anyMatch(ApiOperations.Field::isId)));
    }

    @Test
    void hostile_query_strings_never_break_a_get_operation() {
        fuzzEveryOperation(IdAndQueryCases::query);
        assertCovered(operations(Operation::isGet));
    }

    /** Runs the generator's cases for every operation, then checks the server and the guarded data. */
    private void fuzzEveryOperation(BiFunction<Operation, Inputs, List<Case>> generator) {
        Inputs inputs = null;
        for (Operation op : ApiOperations.all()) {
            if (inputs == null || op.path().matches(DESTRUCTIVE)) {
                inputs = new Inputs(Directory.create(fuzz, "t" + ++targetSets), throwawayDevOrg(), ids);
            }
            runner.run(generator.apply(op, inputs));
        }
        System.out.printf("[%s] %d hostile requests to %d operations%n", engine, runner.total(), runner.counts().size());
        List<String> failures = runner.failures();
        assertAll(
            () -> assertTrue(failures.isEmpty(), () -> failures.size() + " of " + runner.total()
                + " hostile requests were mishandled; the first ones:\n"
                + failures.stream().limit(25).collect(Collectors.joining("\n"))),
            () -> assertEquals("{\"status\":\"ok\"}", api.anonymous().get("/health").assertStatus(200).text(),
                "the server is healthy"),
            () -> assertEquals(guardedBefore, guarded.snapshot(api), "the data made before the run is unchanged"),
            () -> assertEquals(adminBefore, adminRecord(), "the admin is unchanged"),
            () -> assertEquals(foreignBefore, foreign.snapshot(other.admin()), "the other dev org's data is unchanged"),
            () -> assertEquals(defaultOrgBefore, defaultOrg(), "the default dev org is unchanged"));
    }

    /** A dev org made for one batch, for dev-orgs.delete to name: neither the fuzz's, the default, nor the guarded one. */
    private JsonNode throwawayDevOrg() {
        return server.operator().post("/_roster/dev-orgs.create", "{\"display_name\":\"fuzz throwaway\"}")
            .assertStatus(201).body().get("dev_org");
    }

    /** The default dev org (the first) as dev-orgs.list answers it. */
    private String defaultOrg() {
        return server.operator().get("/_roster/dev-orgs.list", "limit=1").assertStatus(200).body().at("/dev_orgs/0").toString();
    }

    private String adminRecord() {
        return api.get("/dev-users.get", "id=" + tenant.adminDisplayId()).assertStatus(200).text();
    }

    private static Set<String> operations(java.util.function.Predicate<Operation> which) {
        return ApiOperations.all().stream().filter(which).map(Operation::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private void assertCovered(Set<String> expected) {
        assertEquals(66 + 2 + 10 + 7, ApiOperations.all().stream().filter(op -> !op.isRosters()).count(),
            "the document describes the contracts' 66 directory and group operations, dev-orgs.get (GET and POST), "
                + "auth-tokens.* (10, with the GET variants) and webhooks.* (7, with the GET variants)");
        assertTrue(ApiOperations.all().stream().anyMatch(Operation::isRosters), "and Roster's own, fuzzed alike");
        assertEquals(expected, new TreeSet<>(runner.counts().keySet()), "every operation got hostile requests");
        assertTrue(runner.counts().values().stream().allMatch(n -> n > 0));
    }
}
