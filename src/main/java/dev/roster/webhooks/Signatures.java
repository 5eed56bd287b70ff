package dev.roster.webhooks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two signatures of a delivery, both HMAC-SHA256 keyed with the bytes of the secret string as
 * the API returns it: DevRev's {@code X-DevRev-Signature} (lowercase hex, of the body) and Standard
 * Webhooks' {@code webhook-signature} ({@code v1,} and base64, of {@code id.timestamp.body}). One
 * instance signs one delivery.
 */
final class Signatures {
    private final Mac mac;

    private Signatures(Mac mac) {
        this.mac = mac;
    }

    String devRev(byte[] body) {
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    String standard(String id, long timestampSeconds, byte[] body) {
        mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    /**
     * A keyed MAC per secret in use, copied for each delivery: looking the algorithm up and setting
     * the key up cost more than the two signatures. The kept ones are never used to sign, so
     * copying them from several threads at once is safe.
     */
    static final class Keys {
        private final Cache<String, Mac> keyed = Caffeine.newBuilder().maximumSize(1_000).build();

        Signatures of(String secret) {
            try {
                return new Signatures((Mac) keyed.get(secret, Keys::key).clone());
            } catch (CloneNotSupportedException e) {
                return new Signatures(key(secret));
            }
        }

        private static Mac key(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return mac;
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        }
    }
}
