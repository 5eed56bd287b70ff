package dev.roster.webhooks;

import static dev.roster.testing.ApiTest.json;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.TestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the delivery tests: on each engine, a server with fast retries ({@link DeliveryServers}),
 * a fresh dev org per test, and receivers that are closed after it.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestEngine.class)
abstract class DeliveryTest {
    @Parameter
    protected TestEngine engine;

    protected DedicatedServer server;
    protected long orgId;
    protected Api api;
    private final List<Receiver> receivers = new ArrayList<>();

    /** The settings this class's server runs with. */
    protected DeliveryServers.Variant variant() { return DeliveryServers.Variant.FAST; }

    @BeforeEach
    void startTenant() {
        server = DeliveryServers.of(engine, variant());
        DeliveryServers.Tenant tenant = DeliveryServers.newTenant(server);
        orgId = tenant.orgId();
        api = tenant.admin();
    }

    @AfterEach
    void closeReceivers() {
        receivers.forEach(Receiver::close);
    }

    protected Receiver receiver(String secret) {
        return track(new Receiver(secret));
    }

    protected Receiver track(Receiver receiver) {
        receivers.add(receiver);
        return receiver;
    }

    /** A webhook delivering {@code types} to {@code receiver}, once it is active (verified, when verification is on). */
    protected JsonNode activeWebhook(Receiver receiver, List<String> types, Object... more) {
        List<Object> fields = new ArrayList<>(List.of("url", receiver.url(), "secret", receiver.secret(), "event_types", types));
        fields.addAll(List.of(more));
        JsonNode webhook = Webhooks.create(api, fields.toArray());
        return awaitStatus(webhook, "active");
    }

    protected JsonNode awaitStatus(JsonNode webhook, String status) {
        return eventually(() -> Optional.of(Webhooks.get(api, webhook)).filter(w -> w.get("status").asText().equals(status)),
            Webhooks.id(webhook) + " " + status);
    }

    /** The state of a webhook's latest verification, once it is no longer pending. */
    protected String verificationOutcome(JsonNode webhook) {
        long id = number(webhook);
        return eventually(() -> server.server().services().db().read(tx -> tx.first(
            "select state from delivery where webhook_id = ? and kind = 'verify' order by id desc limit 1",
            rs -> rs.getString("state"), id)).filter(state -> !state.equals("pending")), "the end of the verification");
    }

    /** The state and last error of a webhook's deliveries of events, once none is pending. */
    protected List<String> settledDeliveries(JsonNode webhook) {
        long id = number(webhook);
        return eventually(() -> Optional.of(server.server().services().db().read(tx -> tx.list(
                "select state, last_error from delivery where webhook_id = ? and kind = 'event' order by id",
                rs -> rs.getString("state") + ": " + rs.getString("last_error"), id)))
            .filter(all -> !all.isEmpty() && all.stream().noneMatch(s -> s.startsWith("pending"))),
            "settled deliveries of " + Webhooks.id(webhook));
    }

    protected static long number(JsonNode object) {
        String display = object.get("display_id").asText();
        return Long.parseLong(display.substring(display.indexOf('-') + 1));
    }

    protected JsonNode createOther(String url) {
        return Webhooks.create(api, "url", url);
    }

    protected void redeliver(Object... fields) {
        api.post("/_roster/events.redeliver", json(fields)).assertStatus(200);
    }

    /** Polls until {@code check} answers something, for as long as {@link Receiver#PATIENCE}. */
    protected static <T> T eventually(Supplier<Optional<T>> check, String what) {
        long deadline = System.nanoTime() + Receiver.PATIENCE.toNanos();
        while (true) {
            Optional<T> found = check.get();
            if (found.isPresent()) return found.get();
            if (System.nanoTime() > deadline) fail("never saw " + what);
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
        }
    }
}
