package dev.roster.authtokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Helpers for the auth-tokens tests: create a token over HTTP, read a JWT's claims as a client would. */
final class AuthTokens {
    static final String PAT = "urn:devrev:params:oauth:token-type:pat";
    static final String REV = "urn:devrev:params:oauth:token-type:rev";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AuthTokens() {}

    /** The access token of a new token made with {@code body}. */
    static String create(Api api, String body) {
        return api.post("/auth-tokens.create", body).assertStatus(201).at("/access_token");
    }

    /** A JWT's claims, decoded without checking the signature, as DevRev's clients read them. */
    static JsonNode claims(String jwt) {
        try {
            return MAPPER.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The token's id (its {@code jti}), as auth-tokens.get and .delete take it. */
    static String id(String jwt) {
        return claims(jwt).get("jti").asText();
    }
}
