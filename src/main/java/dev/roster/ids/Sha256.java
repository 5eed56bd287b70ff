package dev.roster.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as hex: token hashes and cursor fingerprints. */
public final class Sha256 {
    // Hashed on every request: cloning a ready digest skips the provider lookup of getInstance.
    private static final MessageDigest PROTOTYPE = newDigest();

    private Sha256() {}

    /** The whole digest of {@code text}'s UTF-8 bytes, as 64 hex digits. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }

    /** The first {@code bytes} bytes of the digest, as hex: a short fingerprint. */
    public static String hex(String text, int bytes) {
        return HexFormat.of().formatHex(digest(text), 0, bytes);
    }

    private static byte[] digest(String text) {
        return copy().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest copy() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newDigest();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
