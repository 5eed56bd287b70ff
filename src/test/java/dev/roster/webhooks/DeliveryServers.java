package dev.roster.webhooks;

import dev.roster.devorgs.CreateDevOrg;
import dev.roster.devorgs.CreatedDevOrg;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Servers for the delivery tests, one per engine and settings for the whole run, with retries
 * milliseconds apart and a dispatcher that polls often, so that no test waits for DevRev's
 * 30-second schedule. Tests isolate by tenant, as on the shared server.
 */
final class DeliveryServers {
    /** Settings the delivery tests need. */
    enum Variant {
        /** Verification on, three attempts 50 ms apart. */
        FAST(s -> s),
        /** Verification off, and loopback's 127.0.0.1 denied. */
        DENY(s -> s.verify(false).deny(DenyList.parse("127.0.0.1/32"))),
        /** Events and deliveries kept for a millisecond. */
        RETENTION(s -> s.verify(false).eventRetention(Duration.ofMillis(1)));

        final UnaryOperator<WebhookSettings.Builder> tune;

        Variant(UnaryOperator<WebhookSettings.Builder> tune) { this.tune = tune; }
    }

    private static final Map<String, DedicatedServer> RUNNING = new HashMap<>();
    private static final AtomicLong TENANTS = new AtomicLong();

    private DeliveryServers() {}

    static synchronized DedicatedServer of(TestEngine engine, Variant variant) {
        return RUNNING.computeIfAbsent(engine + " " + variant, key -> {
            DedicatedServer server = DedicatedServer.start(DedicatedServer.freshConfig(engine).withWebhooks(s -> variant.tune
                .apply(s.retry(RetrySchedule.parse("0,50ms,50ms")).pollInterval(Duration.ofMillis(50)))));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        });
    }

    /** A new dev org's admin. */
    static Tenant newTenant(DedicatedServer server) {
        long n = TENANTS.incrementAndGet();
        CreatedDevOrg created = server.server().services().devOrgs().create(new CreateDevOrg("Hooks " + n,
            "hooks-" + n + "-" + UUID.randomUUID(), "admin@hooks" + n + ".example.com", Optional.empty()));
        return new Tenant(created.org().id(), new Api(server.baseUrl(), created.token()));
    }

    record Tenant(long orgId, Api admin) {}
}
