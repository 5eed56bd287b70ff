package dev.roster.webhooks;

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
 * instance signs one delivery: the key is set up once for both.
 */
final class Signatures {
    private final Mac mac;

    Signatures(String secret) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    String devRev(byte[] body) {
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    String standard(String id, long timestampSeconds, byte[] body) {
        mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
