package dev.roster.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A JWT authenticates only as Roster signed it; forged, re-signed or altered tokens answer 401. */
class TokenJwtTest extends ApiTest {
    private String issue(Scope scope) {
        return server.services().db().write(tx -> server.services().tokens().issue(tx, tenant.orgId(), tenant.adminId(), scope));
    }

    private void refused(String token) {
        api.withToken(token).get("/dev-users.self").assertError(401, "unauthenticated", null);
    }

    private static String kid(String jwt) throws Exception {
        return SignedJWT.parse(jwt).getHeader().getKeyID();
    }

    @Test
    void a_token_signed_by_another_key_with_the_same_claims_and_kid_is_refused() throws Exception {
        String jwt = issue(Scope.READ);
        ECKey foreign = new ECKeyGenerator(Curve.P_256).keyID(kid(jwt)).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(kid(jwt)).build(),
            SignedJWT.parse(jwt).getJWTClaimsSet());
        forged.sign(new ECDSASigner(foreign));

        refused(forged.serialize());
        api.withToken(jwt).get("/dev-users.self").assertStatus(200);
    }

    @Test
    void alg_none_and_hmac_with_the_public_key_are_refused() throws Exception {
        String jwt = issue(Scope.READ);
        JWTClaimsSet claims = SignedJWT.parse(jwt).getJWTClaimsSet();

        refused(new PlainJWT(claims).serialize());
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid(jwt)).build(), claims);
        hmac.sign(new MACSigner("a-secret-that-is-at-least-256-bits-long!!"));
        refused(hmac.serialize());
    }

    @Test
    void a_tampered_claim_or_a_bad_signature_is_refused() throws Exception {
        String jwt = issue(Scope.READ);
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String escalated = Base64URL.encode(payload.replace("\"scope\":\"read\"", "\"scope\":\"admin\"")).toString();

        refused(parts[0] + "." + escalated + "." + parts[2]);
        char last = parts[2].charAt(10);
        refused(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A') + parts[2].substring(11));
        refused(parts[0] + "." + parts[1] + ".");
        refused("eyJ.x.y");
    }

    @Test
    void a_correctly_signed_token_whose_row_is_another_tokens_is_refused() throws Exception {
        String first = issue(Scope.READ);
        String second = issue(Scope.READ);
        server.services().tokens().revoke(first);

        refused(first);
        api.withToken(second).get("/dev-users.self").assertStatus(200);
    }

    @Test
    void an_opaque_token_from_before_jwts_still_works_until_revoked() {
        long ada = DevUsers.number(DevUsers.create(api, "ada@example.com"));
        String legacy = "roster_" + "legacy".repeat(8);
        server.services().db().write(tx -> server.services().tokens().issue(tx, tenant.orgId(), ada, Scope.WRITE, legacy));

        String self = api.withToken(legacy).get("/dev-users.self").assertStatus(200).at("/dev_user/display_id");
        api.withToken(legacy).get("/auth-tokens.info").assertStatus(200);
        String id = api.withToken(legacy).get("/auth-tokens.list").assertStatus(200).at("/tokens/0/id");

        api.post("/auth-tokens.delete", json("token_id", id)).assertStatus(200);
        refused(legacy);
        org.junit.jupiter.api.Assertions.assertEquals("DEVU-" + ada, self);
    }
}
