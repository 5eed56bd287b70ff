package dev.roster.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets per client key (Bucket4j), kept in memory or in Redis so that several Roster
 * instances share them: one per token, when a per-token limit is on, and one per client address
 * for failed authentications. In memory, idle buckets are evicted and their number is capped, so memory
 * stays bounded however many clients come.
 */
public final class RateLimiter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    private final BucketConfiguration tokens;
    private final BucketConfiguration failedAuthentications;
    private final Cache<String, Bucket> local;
    private final ProxyManager<byte[]> shared;
    private final RedisClient redis;

    private RateLimiter(RateLimit perToken, RateLimit perAddress, Cache<String, Bucket> local, ProxyManager<byte[]> shared,
                        RedisClient redis) {
        this.tokens = perToken.isOff() ? null : configuration(perToken);
        this.failedAuthentications = perAddress.isOff() ? null : configuration(perAddress);
        this.local = local;
        this.shared = shared;
        this.redis = redis;
    }

    /**
     * A limiter of requests per token and of failed authentications per client address;
     * {@code redisUrl} null keeps buckets in memory. Null when both limits are off.
     */
    public static RateLimiter create(RateLimit perToken, RateLimit perAddress, String redisUrl) {
        if (perToken.isOff() && perAddress.isOff()) return null;
        if (redisUrl == null || redisUrl.isBlank()) {
            Cache<String, Bucket> cache = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterAccess(Duration.ofMinutes(10)).build();
            return new RateLimiter(perToken, perAddress, cache, null, null);
        }
        RedisClient client = RedisClient.create(redisUrl);
        client.setDefaultTimeout(Duration.ofSeconds(1));
        ProxyManager<byte[]> manager = Bucket4jLettuce.casBasedBuilder(client)
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
            .build();
        return new RateLimiter(perToken, perAddress, null, manager, client);
    }

    /** Takes a request from a token's bucket; answers the seconds to wait when it is empty. */
    public OptionalLong takeForToken(String tokenHash) {
        return take("roster:rl:t:" + tokenHash, tokens);
    }

    /** Takes a failed authentication from its client address's bucket. */
    public OptionalLong takeFailedAuthentication(String address) {
        return take("roster:rl:a:" + address, failedAuthentications);
    }

    private OptionalLong take(String key, BucketConfiguration configuration) {
        if (configuration == null) return OptionalLong.empty();
        ConsumptionProbe probe;
        try {
            Bucket bucket = local != null
                ? local.get(key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
                : shared.builder().build(key.getBytes(StandardCharsets.UTF_8), () -> configuration);
            probe = bucket.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            // The shared store is down: serve rather than refuse everyone; the log says limits are not applied.
            LOG.warn("rate limit store unavailable, request not limited: {}", e.toString());
            return OptionalLong.empty();
        }
        if (probe.isConsumed()) return OptionalLong.empty();
        long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
        return OptionalLong.of(Math.max(1, seconds));
    }

    private static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
            .addLimit(bandwidth -> bandwidth.capacity(limit.burst()).refillGreedy(limit.perSecond(), Duration.ofSeconds(1)))
            .build();
    }

    @Override
    public void close() {
        if (redis != null) redis.shutdown();
    }
}
