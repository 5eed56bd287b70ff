package dev.roster.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Races calls against each other, for tests of what concurrent requests leave behind. */
public final class Parallel {
    private Parallel() {}

    /** Runs every call at once, each on its own thread, and answers their results in the calls' order. */
    public static <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        List<T> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
            for (Future<T> f : pool.invokeAll(calls)) results.add(f.get());
        }
        return results;
    }
}
