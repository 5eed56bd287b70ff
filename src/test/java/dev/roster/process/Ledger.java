package dev.roster.process;

import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What a crash test's clients were told, and so what must hold after the restart. A write answered
 * 2xx must be there; a write cut off by the crash may or may not be, but never half.
 */
final class Ledger {
    /** A state an object must be found in: any one of the acceptable answers. */
    record Expectation(String what, String path, String query, List<Predicate<ApiResponse>> acceptable) {}

    private final ConcurrentLinkedQueue<Expectation> expectations = new ConcurrentLinkedQueue<>();

    void expect(String what, String path, String query, List<Predicate<ApiResponse>> acceptable) {
        expectations.add(new Expectation(what, path, query, acceptable));
    }

    List<String> violations(Api api) {
        return violations(e -> api.get(e.path(), e.query()));
    }

    /** The expectations not met, each object read with {@code read}. */
    List<String> violations(Function<Expectation, ApiResponse> read) {
        List<String> violations = new ArrayList<>();
        for (Expectation e : expectations) {
            ApiResponse response = read.apply(e);
            if (e.acceptable().stream().noneMatch(p -> p.test(response))) {
                violations.add(e.what() + ": " + response.status() + " " + response.text());
            }
        }
        return violations;
    }

    int size() { return expectations.size(); }

    /** Sends a write; answers its response, or null when the connection died (the server was killed). */
    static ApiResponse send(java.util.function.Supplier<ApiResponse> write) {
        try {
            return write.get();
        } catch (UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }
}
