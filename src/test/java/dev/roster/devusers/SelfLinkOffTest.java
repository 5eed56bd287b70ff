package dev.roster.devusers;

import dev.roster.auth.Scope;
import dev.roster.testing.DedicatedServer;
import org.junit.jupiter.api.Test;

/** With --self-link off, a write token links no identity, not even to its own user; admins still link. */
class SelfLinkOffTest {
    @Test
    void only_admins_link_when_self_linking_is_off() {
        try (DedicatedServer server = DedicatedServer.start(c -> c.withSelfLink(false))) {
            server.admin().post("/dev-users.create", "{\"email\":\"ada@example.com\",\"state\":\"shadow\"}").assertStatus(201);
            var ada = server.client(server.token("ada@example.com", Scope.WRITE));
            ada.post("/dev-users.identities.link", "{\"dev_user\":\"DEVU-2\",\"issuer\":\"google\",\"id\":\"admin@example.com\"}")
                .assertError(403, "forbidden", null).assertMessageContains("only admins");
            server.admin().post("/dev-users.identities.link", "{\"dev_user\":\"DEVU-2\",\"issuer\":\"google\",\"id\":\"ada@g\"}")
                .assertStatus(200);
            // Unlinking one's own identity claims nothing of anyone's, so it stays allowed.
            ada.post("/dev-users.identities.unlink", "{\"dev_user\":\"DEVU-2\",\"issuer\":\"google\"}").assertStatus(200);
        }
    }
}
