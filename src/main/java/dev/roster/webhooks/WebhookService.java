package dev.roster.webhooks;

import dev.roster.events.DeliveryState;
import dev.roster.auth.Caller;
import dev.roster.events.EventOutbox;
import dev.roster.events.EventType;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.store.Database;
import dev.roster.store.Sql;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dev org's webhooks: the API's rules, the verification handshake's state, and the fan-out that
 * turns each event into one delivery per subscribed active webhook, in the event's transaction.
 */
public final class WebhookService {
    private final Database db;
    private final Clock clock;
    private final EventOutbox events;
    private final WebhookSettings settings;
    private final WebhookStore store;
    private final DeliveryStore deliveries = new DeliveryStore();

    public WebhookService(Database db, Clock clock, EventOutbox events, WebhookSettings settings) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.settings = settings;
        this.store = new WebhookStore(SecretBox.open(db, settings.secretsKey(), clock.millis()));
        events.fanOutWith(this::fanOut);
    }

    WebhookSettings settings() { return settings; }

    Webhook create(Caller caller, CreateWebhook command) {
        return db.write(tx -> {
            Stamp stamp = caller.stamp(clock);
            Verification verification = settings.verify() ? Verification.start(stamp.at(), settings) : Verification.NONE;
            Webhook draft = new Webhook(0, caller.orgId(), command.url(),
                settings.verify() ? WebhookStatus.UNVERIFIED : WebhookStatus.ACTIVE, command.eventTypes(), command.headers(),
                command.secret(), verification.challenge(), verification.until(), null, null, null, stamp.at(), stamp.at());
            long id = store.insert(tx, stamp, draft);
            if (settings.verify()) deliveries.insertVerify(tx, caller.orgId(), id, stamp.at());
            Webhook created = store.find(tx, caller.orgId(), id).orElseThrow();
            events.emit(tx, caller.orgId(), EventType.WEBHOOK_CREATED, don(created), new WebhookResponses.One(WebhookJson.forEvent(created)));
            return created;
        });
    }

    Webhook get(Caller caller, long id) {
        return db.read(tx -> require(store.find(tx, caller.orgId(), id), id));
    }

    List<Webhook> list(Caller caller) {
        return db.read(tx -> store.list(tx, caller.orgId()));
    }

    Webhook update(Caller caller, UpdateWebhook change) {
        return db.write(tx -> {
            Webhook old = require(store.findForUpdate(tx, caller.orgId(), change.id()), change.id());
            Stamp stamp = caller.stamp(clock);
            boolean newCredentials = change.secret().isPresent() || change.url().filter(u -> !u.equals(old.url())).isPresent();
            Transition transition = Transition.of(old, change.action(), newCredentials, settings.verify());
            Verification verification = transition.startsVerification() ? Verification.start(stamp.at(), settings)
                : transition.status() == WebhookStatus.UNVERIFIED ? new Verification(old.challenge(), old.verifyUntil())
                : Verification.NONE;
            Webhook next = new Webhook(old.id(), old.orgId(), change.url().orElse(old.url()), transition.status(),
                change.eventTypesOf(old.eventTypes()), change.headersOf(old.headers()), change.secret().orElse(old.secret()),
                verification.challenge(), verification.until(), newCredentials ? null : old.verifiedDate(), old.createdBy(),
                old.modifiedBy(), old.createdDate(), stamp.at());
            if (transition.endsVerification()) deliveries.endVerification(tx, old.id(), stamp.at());
            if (transition.startsVerification()) deliveries.insertVerify(tx, old.orgId(), old.id(), stamp.at());
            store.update(tx, stamp, next, change.secret().isPresent());
            Webhook updated = store.find(tx, caller.orgId(), change.id()).orElseThrow();
            events.emit(tx, caller.orgId(), EventType.WEBHOOK_UPDATED, don(updated),
                new WebhookResponses.Updated(WebhookJson.forEvent(updated), WebhookJson.forEvent(old)));
            return updated;
        });
    }

    void delete(Caller caller, long id) {
        db.perform(tx -> {
            Webhook old = require(store.findForUpdate(tx, caller.orgId(), id), id);
            deliveries.deleteOfWebhook(tx, id);
            store.delete(tx, caller.orgId(), id);
            events.emit(tx, caller.orgId(), EventType.WEBHOOK_DELETED, don(old),
                new WebhookResponses.Deleted(don(old), WebhookJson.forEvent(old)));
        });
    }

    /** Sends an event again to one webhook, or to every webhook it went to; answers how many deliveries were made. */
    int redeliver(Caller caller, long eventId, Optional<Long> webhookId) {
        return db.write(tx -> {
            webhookId.ifPresent(id -> require(store.find(tx, caller.orgId(), id), id));
            if (!deliveries.eventExists(tx, caller.orgId(), eventId)) throw IdKind.EVENT.notFound(eventId);
            int made = deliveries.redeliver(tx, caller.orgId(), eventId, webhookId.orElse(null), clock.millis());
            tx.afterCommit(events::wake);
            return made;
        });
    }

    /** Where each of these events' deliveries stands, per event id, for {@code /_roster/events.list}. */
    public Map<Long, List<DeliveryState>> deliveryStates(Tx tx, long orgId, Collection<Long> eventIds) {
        return deliveries.statesOf(tx, orgId, eventIds);
    }

    /** The deliveries of one event, made in the transaction that stores it. */
    private Optional<Sql> fanOut(Sql eventId, long orgId, EventType type, String objectId, long now) {
        long due = now + settings.retry().before(0).orElseThrow().toMillis();
        return Optional.of(deliveries.fanOut(eventId, orgId, type, objectId, due, now));
    }

    /** What runs deliveries for this process: the dispatcher and the retention sweep, started now. */
    public Deliveries startDeliveries() {
        return Deliveries.start(db, clock, events, store, this::verified, deliveries, settings);
    }

    /**
     * A verification answered: the webhook becomes active, as a {@code webhook_updated} event tells,
     * unless it changed since the handshake was sent (a new url or secret starts another).
     */
    private void verified(Tx tx, Claimed delivery, long now) {
        Optional<Webhook> old = store.findForUpdate(tx, delivery.orgId(), delivery.webhookId());
        if (old.isEmpty() || !store.verified(tx, delivery.webhookId(), delivery.challenge(), now)) return;
        Webhook updated = store.find(tx, delivery.orgId(), delivery.webhookId()).orElseThrow();
        events.emit(tx, delivery.orgId(), EventType.WEBHOOK_UPDATED, don(updated),
            new WebhookResponses.Updated(WebhookJson.forEvent(updated), WebhookJson.forEvent(old.get())));
    }

    private static String don(Webhook webhook) {
        return Ids.don(IdKind.WEBHOOK, webhook.orgId(), webhook.id());
    }

    private static Webhook require(Optional<Webhook> webhook, long id) {
        return webhook.orElseThrow(() -> IdKind.WEBHOOK.notFound(id));
    }

    /** A verification's challenge and deadline; both null when none is pending. */
    record Verification(String challenge, Long until) {
        static final Verification NONE = new Verification(null, null);

        static Verification start(long now, WebhookSettings settings) {
            return new Verification(Base64.getEncoder().encodeToString(SecretBox.random(24)),
                now + settings.verifyWindow().toMillis());
        }
    }
}
