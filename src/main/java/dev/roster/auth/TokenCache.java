package dev.roster.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.roster.store.ChangeSignal;
import java.time.Duration;
import java.util.function.Function;

/**
 * Live tokens' callers by token hash, so that a request skips the database to authenticate. An
 * entry is used only while the {@link ChangeSignal} still shows the version it was read under; a
 * revocation or a state change anywhere moves the version and every entry misses once. Only live
 * tokens are kept: an unknown hash may belong to a token created a moment later.
 */
final class TokenCache {
    /**
     * A backstop, never the mechanism: it bounds how long an entry could outlive a change whose
     * signal was lost, as when a process is killed between its commit and moving the version.
     */
    static final Duration LONGEST_LIFE = Duration.ofSeconds(30);

    private record Entry(Caller caller, long version) {}

    private final ChangeSignal changes;
    private final Cache<String, Entry> entries;

    TokenCache(ChangeSignal changes, long maximumSize) {
        this.changes = changes;
        this.entries = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(LONGEST_LIFE).build();
    }

    /**
     * The caller for {@code hash}, from cache when still valid, else from {@code lookup}, which
     * throws for a token that must not authenticate.
     */
    Caller get(String hash, Function<String, Caller> lookup) {
        // Read before the lookup: a change committed during the lookup then leaves the entry stale.
        long version = changes.version();
        if (version == ChangeSignal.UNKNOWN) return lookup.apply(hash);
        Entry entry = entries.getIfPresent(hash);
        if (entry != null && entry.version() == version) return entry.caller();
        Caller caller = lookup.apply(hash);
        entries.put(hash, new Entry(caller, version));
        return caller;
    }
}
