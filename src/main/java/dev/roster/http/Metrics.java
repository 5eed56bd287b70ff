package dev.roster.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** The server's metrics, in Prometheus format at {@code GET /metrics}. */
public final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final ConcurrentHashMap<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    /** The refusal counters exist from the start, at 0, so that a dashboard or alert sees them before the first refusal. */
    public Metrics() {
        for (String client : new String[] {"token", "address"}) rateLimitedCounter(client);
        for (String reason : new String[] {"overload", "draining", "client share"}) shedCounter(reason);
    }

    /**
     * Adds the JVM's own meters. Separate from the constructor so that the server can do it while the
     * database opens: it is a tenth of a second of class loading at start.
     */
    public void bindJvmMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() { return registry; }

    /** One request: its operation (the route, or "unmatched"), method and status. */
    public void request(String operation, String method, int status, Duration took) {
        timers.computeIfAbsent(new TimerKey(operation, method, status), key -> Timer.builder("roster.requests")
            .description("HTTP requests by operation and status")
            .tags("operation", key.operation(), "method", key.method(), "status", Integer.toString(key.status()))
            .publishPercentileHistogram()
            .register(registry)).record(took);
    }

    // Operations come from the route table and statuses from the contract, so this map stays small.
    private record TimerKey(String operation, String method, int status) {}

    /** A request refused with 429; {@code client} is "token" or "address". */
    public void rateLimited(String client) { rateLimitedCounter(client).increment(); }

    /** A request refused with 503 before running; {@code reason} is "overload" or "draining". */
    public void shed(String reason) { shedCounter(reason).increment(); }

    private Counter rateLimitedCounter(String client) {
        return Counter.builder("roster.rate.limited").description("Requests refused with 429").tag("client", client)
            .register(registry);
    }

    private Counter shedCounter(String reason) {
        return Counter.builder("roster.shed").description("Requests refused with 503 before running").tag("reason", reason)
            .register(registry);
    }

    public String scrape() { return registry.scrape(); }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
