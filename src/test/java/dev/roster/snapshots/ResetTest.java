package dev.roster.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.auth.Scope;
import dev.roster.testing.Api;
import dev.roster.testing.ApiTest;
import org.junit.jupiter.api.Test;

class ResetTest extends ApiTest {
    private static final String RESET = "/_roster/reset";

    @Test
    void reset_goes_back_to_just_after_creation_and_keeps_the_admins_tokens() {
        Api later = tenant.as(tenant.adminId(), Scope.ADMIN);
        api.post("/accounts.create", json("display_name", "Acme")).assertStatus(201);
        api.post("/tags.create", json("name", "vip")).assertStatus(201);
        api.post("/dev-users.update", json("id", tenant.adminDisplayId(), "display_name", "Changed")).assertStatus(200);

        assertEquals("initial", later.post(RESET, "{}").assertStatus(200).at("/snapshot/name"));

        assertEquals(0, api.get("/accounts.list").assertStatus(200).body().get("accounts").size());
        assertEquals(0, api.get("/tags.list").assertStatus(200).body().get("tags").size());
        assertEquals(1, later.get("/dev-users.list").assertStatus(200).body().get("dev_users").size());
        assertEquals("admin", api.get("/dev-users.self").assertStatus(200).at("/dev_user/display_name"));
    }
}
