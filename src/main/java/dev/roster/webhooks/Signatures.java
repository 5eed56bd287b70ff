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
 * Webhooks' {@code webhook-signature} ({@code v1,} and base64, of {@code id.timestamp.body}).
 */
final class Signatures {
    private Signatures() {}

    static String devRev(String secret, byte[] body) {
        return HexFormat.of().formatHex(hmac(secret, body));
    }

    static String standard(String secret, String id, long timestampSeconds, byte[] body) {
        byte[] prefix = (id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, signed, 0, prefix.length);
        System.arraycopy(body, 0, signed, prefix.length, body.length);
        return "v1," + Base64.getEncoder().encodeToString(hmac(secret, signed));
    }

    private static byte[] hmac(String secret, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
