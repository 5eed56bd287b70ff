package dev.roster.faults;

import dev.roster.errors.ApiError;
import dev.roster.http.RequestBody;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each dev org's faults, in this process's memory: they are not stored, so a restart forgets them
 * and servers sharing a database do not share them. A request is counted by each matching fault,
 * oldest first, until one fires; a younger fault does not see a request an older one fired on.
 */
public final class FaultService {
    static final int MAX_PER_ORG = 100;

    private final ConcurrentHashMap<Long, List<Fault>> byOrg = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    /** A fault that fires on a request: the fault, and which of its firings this is (1 for the first). */
    record Firing(Fault fault, long n) {}

    Fault create(long orgId, NewFault spec) {
        Fault fault = new Fault("fault-" + ids.incrementAndGet(), spec);
        List<Fault> faults = byOrg.computeIfAbsent(orgId, org -> new CopyOnWriteArrayList<>());
        synchronized (faults) {
            if (faults.size() >= MAX_PER_ORG) {
                throw ApiError.badRequest("this dev org has " + MAX_PER_ORG + " faults, as many as it may have; delete "
                    + "some (faults.delete, faults.clear) first").toException();
            }
            faults.add(fault);
        }
        return fault;
    }

    List<Fault> list(long orgId) {
        return List.copyOf(byOrg.getOrDefault(orgId, List.of()));
    }

    void delete(long orgId, String id) {
        List<Fault> faults = byOrg.getOrDefault(orgId, List.of());
        Fault fault = faults.stream().filter(f -> f.id().equals(id)).findFirst()
            .orElseThrow(() -> ApiError.notFound("fault", id).toException());
        faults.remove(fault);
        fault.remove();
    }

    /** Deletes every fault of a dev org: on faults.clear, and when the dev org is deleted. */
    public void forget(long orgId) {
        List<Fault> faults = byOrg.remove(orgId);
        if (faults != null) faults.forEach(Fault::remove);
    }

    /** The fault that fires on this request of a dev org, if any; counts the request for each fault it matches until then. */
    Optional<Firing> fire(long orgId, String operation, RequestBody request) {
        List<Fault> faults = byOrg.get(orgId);
        if (faults == null) return Optional.empty();
        for (Fault fault : faults) {
            if (!fault.matches(operation, request)) continue;
            long n = fault.count();
            if (n > 0) return Optional.of(new Firing(fault, n));
        }
        return Optional.empty();
    }
}
