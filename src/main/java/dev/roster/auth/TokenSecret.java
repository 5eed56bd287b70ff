package dev.roster.auth;

import dev.roster.ids.Sha256;
import java.security.SecureRandom;
import java.util.Base64;

/** Token secrets: 32 random bytes shown once, and the SHA-256 hash that is all the store keeps. */
final class TokenSecret {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "roster_";

    private TokenSecret() {}

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
