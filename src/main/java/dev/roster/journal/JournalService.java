package dev.roster.journal;

import dev.roster.http.Operations;
import dev.roster.http.RequestLog;
import dev.roster.store.Cursor;
import dev.roster.store.Page;
import dev.roster.store.PageRequest;
import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request journal: each dev org's last requests, in this process's memory. Bounded twice: at
 * most {@code perOrg} entries per dev org, and at most {@code maxBytes} (bodies and overhead) across
 * every dev org, past which the oldest entries anywhere go first. One lock guards it; what is held
 * under it is a few pointer moves per request, and the bodies are taken before it.
 */
public final class JournalService {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    public static final long MAX_TOTAL_BYTES = 32L << 20;
    private static final String LIST = "_roster/requests.list";

    private static final Logger LOG = LoggerFactory.getLogger(JournalService.class);

    private final int perOrg;
    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Long, ArrayDeque<JournalEntry>> byOrg = new HashMap<>();
    // Every entry, oldest first, by sequence number: the order in which the byte bound evicts.
    private final LinkedHashMap<Long, JournalEntry> all = new LinkedHashMap<>();
    private long bytes;
    private long seq;

    public JournalService(int perOrg, long maxBytes) {
        this.perOrg = perOrg;
        this.maxBytes = maxBytes;
    }

    /** False with a journal size of 0: nothing is recorded. */
    public boolean isOn() { return perOrg > 0; }

    /**
     * Records an answered request of a dev org (one whose dev org is known): every operation, DevRev's
     * and Roster's own, but requests.list, which would fill the journal with its own readings.
     *
     * @param faultId the fault that fired on it, or null
     * @param dropped whether that fault dropped the connection, so that no status was sent
     */
    public void record(Context ctx, float millis, String faultId, boolean dropped) {
        if (!isOn()) return;
        try {
            recordOrThrow(ctx, millis, faultId, dropped);
        } catch (RuntimeException e) {
            // The journal is a witness: a failure to record never changes the answer it records.
            // Only the failure's class: a message could quote the body, and a body may hold a secret.
            LOG.warn("request {} not recorded in the journal: {}", RequestLog.id(ctx), e.getClass().getName());
        }
    }

    private void recordOrThrow(Context ctx, float millis, String faultId, boolean dropped) {
        Optional<Long> org = RequestLog.org(ctx);
        if (org.isEmpty()) return;
        String operation = Operations.of(ctx).orElseGet(() -> matchedOperation(ctx));
        if (operation.equals(LIST)) return;
        long time = System.currentTimeMillis() - (long) millis;
        JournalEntry.Body request = RequestCapture.request(ctx);
        JournalEntry.Body response = dropped ? null : RequestCapture.response(ctx);
        Integer status = dropped ? null : ctx.statusCode();
        String method = ctx.method().name();
        String path = ctx.path();
        String requestId = RequestLog.id(ctx);
        add(seq -> new JournalEntry(seq, org.get(), time, method, path, operation, status, Math.round(millis * 100) / 100.0,
            requestId, request, response, faultId));
    }

    // A request refused before its operation ran (a 403, a 429) names it by the route it matched.
    private static String matchedOperation(Context ctx) {
        String path = ctx.endpointHandlerPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    void add(Recorded recorded) {
        lock.lock();
        try {
            JournalEntry entry = recorded.entry(++seq);
            ArrayDeque<JournalEntry> entries = byOrg.computeIfAbsent(entry.orgId(), org -> new ArrayDeque<>());
            entries.addLast(entry);
            all.put(entry.seq(), entry);
            bytes += entry.bytes();
            if (entries.size() > perOrg) drop(entries.pollFirst());
            while (bytes > maxBytes && !all.isEmpty()) {
                JournalEntry oldest = all.firstEntry().getValue();
                ArrayDeque<JournalEntry> ofItsOrg = byOrg.get(oldest.orgId());
                ofItsOrg.pollFirst();
                if (ofItsOrg.isEmpty()) byOrg.remove(oldest.orgId());
                drop(oldest);
            }
        } finally {
            lock.unlock();
        }
    }

    private void drop(JournalEntry entry) {
        all.remove(entry.seq());
        bytes -= entry.bytes();
    }

    /** An entry before its place in the journal is known. */
    @FunctionalInterface
    interface Recorded {
        JournalEntry entry(long seq);
    }

    /** Forgets a dev org's entries: on requests.clear, and when the dev org is deleted. */
    public void forget(long orgId) {
        lock.lock();
        try {
            ArrayDeque<JournalEntry> entries = byOrg.remove(orgId);
            if (entries != null) entries.forEach(this::drop);
        } finally {
            lock.unlock();
        }
    }

    /** Bytes held now, across every dev org. */
    long bytes() {
        lock.lock();
        try {
            return bytes;
        } finally {
            lock.unlock();
        }
    }

    /** One page of a dev org's entries that pass {@code filter}, newest first. */
    Page<JournalEntry> list(long orgId, JournalQuery query) {
        List<JournalEntry> newestFirst = new ArrayList<>();
        lock.lock();
        try {
            ArrayDeque<JournalEntry> entries = byOrg.get(orgId);
            if (entries != null) {
                for (Iterator<JournalEntry> it = entries.descendingIterator(); it.hasNext(); ) {
                    JournalEntry entry = it.next();
                    if (query.accepts(entry)) newestFirst.add(entry);
                }
            }
        } finally {
            lock.unlock();
        }
        return page(newestFirst, query.page());
    }

    /** Keyset paging over entries in memory, as {@code store.Pager} pages rows: next is older, prev newer. */
    private static Page<JournalEntry> page(List<JournalEntry> newestFirst, PageRequest request) {
        Optional<Long> start = request.cursor().map(c -> (Long) c.position().getFirst());
        boolean forward = request.forward();
        List<JournalEntry> beyond = new ArrayList<>();
        if (forward) {
            for (JournalEntry e : newestFirst) if (start.isEmpty() || e.seq() < start.get()) beyond.add(e);
        } else {
            for (JournalEntry e : newestFirst.reversed()) if (start.isEmpty() || e.seq() > start.get()) beyond.add(e);
        }
        boolean more = beyond.size() > request.limit();
        List<JournalEntry> items = new ArrayList<>(beyond.subList(0, Math.min(beyond.size(), request.limit())));
        if (!forward) Collections.reverse(items);
        Optional<Long> first = items.isEmpty() ? start : Optional.of(items.getFirst().seq());
        Optional<Long> last = items.isEmpty() ? start : Optional.of(items.getLast().seq());
        boolean hasNext = forward ? more : start.isPresent() && last.map(s -> newestFirst.stream().anyMatch(e -> e.seq() < s)).orElse(false);
        boolean hasPrev = !forward ? more
            : start.isPresent() && first.map(s -> newestFirst.stream().anyMatch(e -> e.seq() > s)).orElse(false);
        return new Page<>(List.copyOf(items),
            hasNext ? last.map(s -> new Cursor(request.fingerprint(), true, List.of(s)).encode()) : Optional.empty(),
            hasPrev ? first.map(s -> new Cursor(request.fingerprint(), false, List.of(s)).encode()) : Optional.empty());
    }
}
