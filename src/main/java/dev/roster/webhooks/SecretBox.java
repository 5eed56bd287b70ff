package dev.roster.webhooks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.util.Base64;
import dev.roster.store.Database;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts webhook secrets for the store (AES-256-GCM as a compact JWE): the API must return them,
 * so they cannot be hashed. The key is ROSTER_SECRETS_KEY when set (base64 of 32 bytes), kept apart
 * from the store, so that a copy of the database alone reveals no secret; otherwise one generated
 * once and kept in the store, which protects against a leaked row or log but not a leaked database.
 */
final class SecretBox {
    private static final String SELECT_KEY = "select jwk from webhook_secret_key where id = 1";

    /** ROSTER_SECRETS_KEY, or the store's key once {@link #storedJwk} has been read as a key; null until then. */
    private volatile SecretKey key;
    /** The store's key as a JWK: read at start, made a key at the first use, so that a start needs no JOSE classes. */
    private final String storedJwk;
    private final Cache<String, String> opened = Caffeine.newBuilder().maximumSize(1_000)
        .expireAfterAccess(Duration.ofMinutes(10)).build();

    private SecretBox(SecretKey key, String storedJwk) {
        this.key = key;
        this.storedJwk = storedJwk;
    }

    static SecretBox open(Database db, Optional<String> chosenKey, long now) {
        return chosenKey.isPresent() ? new SecretBox(decode(chosenKey.get()), null) : new SecretBox(null, storedJwk(db, now));
    }

    private static SecretKey decode(String base64) {
        byte[] bytes = new Base64(base64.trim()).decode();
        if (bytes.length != 32) {
            throw new IllegalArgumentException("ROSTER_SECRETS_KEY must be the base64 of 32 random bytes (openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The store's key, made and kept at the first start that needs one; a store that has it is only read. */
    private static String storedJwk(Database db, long now) {
        Optional<String> kept = db.read(tx -> tx.first(SELECT_KEY, rs -> rs.getString("jwk")));
        if (kept.isPresent()) return kept.get();
        String made = new OctetSequenceKey.Builder(random(32)).build().toJSONString();
        return db.write(tx -> {
            tx.update("insert into webhook_secret_key (id, jwk, created_date) values (1, ?, ?) on conflict (id) do nothing", made, now);
            return tx.first(SELECT_KEY, rs -> rs.getString("jwk")).orElseThrow();
        });
    }

    private SecretKey key() {
        SecretKey current = key;
        if (current != null) return current;
        try {
            // Two threads may both read it at first: the same key either way.
            current = OctetSequenceKey.parse(storedJwk).toSecretKey("AES");
        } catch (ParseException e) {
            throw new IllegalStateException("the stored webhook secrets key is not a JWK", e);
        }
        key = current;
        return current;
    }

    static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return random;
    }

    String seal(String secret) {
        try {
            JWEObject jwe = new JWEObject(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), new Payload(secret));
            jwe.encrypt(new DirectEncrypter(key()));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    /**
     * The secret in {@code sealed}. Decrypting is the costliest step of a delivery, so a dispatcher's
     * recent secrets are kept opened, as long as they are in use; a changed secret is a new sealed text.
     */
    String open(String sealed) {
        return opened.get(sealed, this::decrypt);
    }

    private String decrypt(String sealed) {
        try {
            JWEObject jwe = JWEObject.parse(sealed);
            jwe.decrypt(new DirectDecrypter(key()));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            // A store opened with another ROSTER_SECRETS_KEY than the one that wrote it.
            throw new IllegalStateException("cannot decrypt a webhook secret: is ROSTER_SECRETS_KEY the key it was written with?", e);
        }
    }
}
