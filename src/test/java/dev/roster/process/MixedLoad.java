package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.roster.testing.ApiResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Clients writing and reading through nginx at once, each on objects of its own, so what each was
 * told says what the store must hold. Every read must get Roster's answer; a write may get nginx's
 * 502 only when its instance died under it, and is then not acknowledged: either outcome is allowed.
 */
final class MixedLoad {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Ledger ledger = new Ledger();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService pool;
    private final List<Future<?>> workers = new ArrayList<>();

    private MixedLoad(List<Gateway> clients, String run) {
        pool = Executors.newFixedThreadPool(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            Gateway client = clients.get(i);
            String name = run + "-" + i;
            workers.add(pool.submit(() -> work(client, name)));
        }
    }

    /** One client for each gateway, each with its own token, so each has its own rate-limit bucket. */
    static MixedLoad start(List<Gateway> clients, String run) {
        return new MixedLoad(clients, run);
    }

    Ledger ledger() { return ledger; }

    /** Writes answered 2xx. */
    int acknowledged() { return acknowledged.get(); }

    /** Writes that got nginx's 502: sent to an instance that died before it answered. */
    int unanswered() { return unanswered.get(); }

    /** Waits until {@code writes} more writes and {@code moreReads} more reads have been answered than now. */
    void awaitProgress(int writes, int moreReads, String what) throws Exception {
        int writesAt = acknowledged.get() + writes;
        int readsAt = reads.get() + moreReads;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (acknowledged.get() < writesAt || reads.get() < readsAt) {
            for (Future<?> worker : workers) if (worker.isDone()) worker.get();
            if (System.nanoTime() > deadline) fail("the load did not progress " + what + ": " + acknowledged + " writes, " + reads + " reads");
            Thread.sleep(20);
        }
    }

    /** Stops the clients after their current step; a client that failed fails the caller with its reason. */
    void stop() throws InterruptedException {
        if (stopping.getAndSet(true)) return;
        pool.shutdown();
        try {
            for (Future<?> worker : workers) worker.get();
        } catch (ExecutionException e) {
            throw new AssertionError("a client of the load failed", e.getCause());
        } finally {
            pool.close();
        }
    }

    private void work(Gateway api, String name) {
        for (int i = 0; !stopping.get(); i++) {
            String key = name + "-" + i;
            String email = "u" + key + "@example.com";
            Optional<ApiResponse> created = api.post("/dev-users.create", "{\"email\":\"" + email + "\",\"state\":\"shadow\"}");
            if (created.isEmpty()) {
                unknown("dev user " + email, "/dev-users.list", "email=" + email, count("/dev_users", 0), count("/dev_users", 1));
                continue;
            }
            String userId = acknowledge(created.get(), 201).at("/dev_user/display_id");
            ledger.expect("dev user " + email, "/dev-users.list", "email=" + email, List.of(count("/dev_users", 1)));
            read(api.read("/dev-users.get", "id=" + userId));
            assertEquals(1, read(api.readByPost("/dev-users.list", "{\"email\":[\"" + email + "\"]}")).body().at("/dev_users").size());

            String before = created.get().body().at("/dev_user/display_name").asText();
            String name2 = "n" + key;
            Optional<ApiResponse> renamed = api.post("/dev-users.update", "{\"id\":\"" + userId + "\",\"display_name\":\"" + name2 + "\"}");
            if (renamed.isEmpty()) {
                unknown("name of " + userId, "/dev-users.get", "id=" + userId, displayName(before), displayName(name2));
                continue;
            }
            acknowledge(renamed.get(), 200);
            ledger.expect("name of " + userId, "/dev-users.get", "id=" + userId, List.of(displayName(name2)));

            Optional<ApiResponse> account = api.post("/accounts.create",
                "{\"display_name\":\"A " + key + "\",\"domains\":[\"d" + key + ".example.com\"]}");
            if (account.isEmpty()) continue;
            String accountId = acknowledge(account.get(), 201).at("/account/display_id");
            ledger.expect("account " + accountId, "/accounts.get", "id=" + accountId, List.of(r -> r.status() == 200));
            read(api.readByPost("/accounts.get", "{\"id\":\"" + accountId + "\"}"));
        }
    }

    private ApiResponse acknowledge(ApiResponse response, int status) {
        response.assertStatus(status);
        acknowledged.incrementAndGet();
        return response;
    }

    private ApiResponse read(ApiResponse response) {
        response.assertStatus(200);
        reads.incrementAndGet();
        return response;
    }

    private void unknown(String what, String path, String query, Predicate<ApiResponse> before, Predicate<ApiResponse> after) {
        unanswered.incrementAndGet();
        ledger.expect(what, path, query, List.of(before, after));
    }

    private static Predicate<ApiResponse> count(String pointer, int n) {
        return r -> r.status() == 200 && r.body().at(pointer).size() == n;
    }

    private static Predicate<ApiResponse> displayName(String name) {
        return r -> r.status() == 200 && r.body().at("/dev_user/display_name").asText().equals(name);
    }
}
