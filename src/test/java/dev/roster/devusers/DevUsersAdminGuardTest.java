package dev.roster.devusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.auth.Scope;
import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import dev.roster.testing.ApiTest;
import org.junit.jupiter.api.Test;

/** No change made through the API may leave a dev org without an admin who can sign in. */
class DevUsersAdminGuardTest extends ApiTest {
    @Test
    void an_admin_cannot_merge_themselves_away() {
        String other = api.post("/dev-users.create", json("email", "bob@example.com", "state", "shadow"))
            .assertStatus(201).at("/dev_user/display_id");
        api.post("/dev-users.merge", json("primary_user", other, "secondary_user", tenant.adminDisplayId()))
            .assertError(400, "value_not_permitted", "secondary_user").assertMessageContains("yourself");
        assertEquals("active", api.get("/dev-users.self").assertStatus(200).at("/dev_user/state"), "still there, still active");
    }

    @Test
    void the_rule_holds_in_the_service_whatever_removed_the_last_admin_token() {
        var services = server.services();
        // With no live admin token left in the org, any change that checks the rule is refused.
        services.db().perform(tx -> tx.update("update api_token set revoked_date = 1 where org_id = ?", tenant.orgId()));
        ApiException refused = assertThrows(ApiException.class, () -> services.db().perform(tx ->
            services.tokens().requireAdminLeft(tx, tenant.orgId(), "id", "this change")));
        assertEquals(ApiError.ValueNotPermitted.class, refused.error().getClass());
        // An admin token again, and the rule is met.
        server.token(tenant, tenant.adminId(), Scope.ADMIN);
        services.db().perform(tx -> services.tokens().requireAdminLeft(tx, tenant.orgId(), "id", "this change"));
    }
}
