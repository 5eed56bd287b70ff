package dev.roster.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import java.text.ParseException;
import java.util.Date;
import java.util.UUID;

/**
 * Signs and verifies Roster's JWTs with Nimbus JOSE + JWT. The algorithm is pinned to ES256 and the
 * key to this store's ({@code kid}): {@code alg: none}, HMAC with the public key as secret, and
 * every other key are refused before any signature is checked.
 */
final class TokenSigner {
    static final String ISSUER = "roster";
    static final String ORG_CLAIM = "org_id";
    static final String SCOPE_CLAIM = "scope";
    static final String TYPE_CLAIM = "token_type";
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.ES256;

    private final ECKey key;
    private final JWSSigner signer;
    private final JWSVerifier verifier;

    TokenSigner(ECKey key) {
        this.key = key;
        try {
            this.signer = new ECDSASigner(key);
            this.verifier = new ECDSAVerifier(key.toPublicJWK());
        } catch (JOSEException e) {
            throw new IllegalStateException("the stored signing key is not a P-256 key", e);
        }
    }

    /** A new P-256 key with a random {@code kid}, as the store keeps it (a JWK, private part included). */
    static String newKeyJson() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).algorithm(ALGORITHM).generate()
                .toJSONString();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate a P-256 key", e);
        }
    }

    static TokenSigner ofKeyJson(String json) {
        try {
            return new TokenSigner(ECKey.parse(json));
        } catch (ParseException e) {
            throw new IllegalStateException("the stored signing key is not a JWK", e);
        }
    }

    String kid() { return key.getKeyID(); }

    String sign(TokenClaims claims) {
        JWTClaimsSet set = new JWTClaimsSet.Builder()
            .jwtID(claims.jti()).subject(claims.subject()).issuer(ISSUER)
            .issueTime(new Date(claims.issuedAt() * 1000)).expirationTime(new Date(claims.expiresAt() * 1000))
            .claim(ORG_CLAIM, claims.orgDon()).claim(SCOPE_CLAIM, claims.scope()).claim(TYPE_CLAIM, claims.tokenType())
            .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(ALGORITHM).keyID(key.getKeyID()).build(), set);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** Whether {@code token} has a JWT's three dot-separated parts: it is then checked as one, and only as one. */
    static boolean looksLikeJwt(String token) {
        return token.chars().filter(c -> c == '.').count() == 2;
    }

    /** The claims of a token this key signed that has not expired at {@code nowSeconds}; 401 otherwise. */
    TokenClaims verify(String token, long nowSeconds) {
        SignedJWT jwt;
        JWTClaimsSet set;
        try {
            jwt = SignedJWT.parse(token);
            set = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw refused("the token is not a signed JWT");
        }
        if (!ALGORITHM.equals(jwt.getHeader().getAlgorithm()) || !key.getKeyID().equals(jwt.getHeader().getKeyID())) {
            throw refused("the token was not signed by this server");
        }
        try {
            if (!jwt.verify(verifier)) throw refused("the token's signature does not match");
        } catch (JOSEException e) {
            throw refused("the token's signature does not match");
        }
        if (set.getJWTID() == null || set.getExpirationTime() == null || set.getIssueTime() == null) {
            throw refused("the token lacks jti, iat or exp");
        }
        long expiresAt = set.getExpirationTime().getTime() / 1000;
        if (nowSeconds >= expiresAt) throw refused("the token has expired");
        return new TokenClaims(set.getJWTID(), set.getSubject(), String.valueOf(set.getClaim(ORG_CLAIM)),
            String.valueOf(set.getClaim(SCOPE_CLAIM)), String.valueOf(set.getClaim(TYPE_CLAIM)),
            set.getIssueTime().getTime() / 1000, expiresAt);
    }

    private static ApiException refused(String why) {
        return new ApiError.Unauthenticated(why).toException();
    }
}
