package dev.roster.authtokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import org.junit.jupiter.api.Test;

class AuthTokensInfoTest extends ApiTest {
    @Test
    void info_names_the_org_the_user_and_the_presenting_tokens_times() {
        String jwt = AuthTokens.create(api, json("expires_in", 3));
        JsonNode claims = AuthTokens.claims(jwt);

        JsonNode info = api.withToken(jwt).get("/auth-tokens.info").assertStatus(200).body();

        assertEquals("DEV-" + tenant.orgId(), info.at("/organization/display_id").asText());
        assertEquals(claims.get("org_id").asText(), info.at("/organization/id").asText());
        assertEquals("dev_user", info.at("/user/type").asText());
        assertEquals(tenant.adminDisplayId(), info.at("/user/display_id").asText());
        assertEquals(claims.get("exp").asLong(), info.at("/token/expiry").asLong());
        assertEquals(claims.get("iat").asLong(), info.at("/token/issued_at").asLong());
        assertEquals(claims.get("sub").asText(), info.at("/token/subject").asText());
        assertEquals("roster", info.at("/token/issuer").asText());
        assertEquals(info, api.withToken(jwt).post("/auth-tokens.info", "{}").assertStatus(200).body());
    }

    @Test
    void info_without_a_token_is_unauthenticated() {
        api.anonymous().get("/auth-tokens.info").assertError(401, "unauthenticated", null);
    }
}
