package dev.roster.webhooks;

import dev.roster.events.DeliveryState;
import dev.roster.events.EventType;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.store.Engine;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL for deliveries. A row is claimable when it is pending and due, its lease (if any) has run out,
 * its webhook takes it (active for events, unverified for a verification), no earlier pending row
 * of the same webhook and object exists (per-object order), and its webhook has fewer than the
 * allowed deliveries leased, counted over every process.
 */
final class DeliveryStore {
    /**
     * The claimable rows: the first {@code SCAN} pending, due, unleased and unblocked rows by id, then
     * per webhook as many as it has room for beside the leases it holds.
     */
    private static final String CANDIDATES = """
        select c.id from (
            select p.id, p.webhook_id, row_number() over (partition by p.webhook_id order by p.id) as n
            from (
                select d.id, d.webhook_id from delivery d join webhook w on w.id = d.webhook_id
                where d.state = 'pending' and d.next_attempt <= ? and (d.lease_until is null or d.lease_until < ?)
                  and ((d.kind = 'event' and w.status = 'active') or (d.kind = 'verify' and w.status = 'unverified'))
                  and not exists (select 1 from delivery e where e.webhook_id = d.webhook_id and e.object_id = d.object_id
                                  and e.state = 'pending' and e.id < d.id)
                order by d.id limit ?
            ) p
        ) c
        left join (select webhook_id, count(*) as leased from delivery where lease_until >= ? and state = 'pending'
                   group by webhook_id) l on l.webhook_id = c.webhook_id
        where c.n <= ? - coalesce(l.leased, 0)
        order by c.id limit ?""";
    /** How many pending rows one claim looks at: a bound on its cost however long the backlog. */
    private static final int SCAN = 1000;

    /** One pending delivery per active webhook of the dev org subscribed to {@code type}. */
    void fanOut(Tx tx, long orgId, long eventId, EventType type, String objectId, long due, long now) {
        tx.update("""
            insert into delivery (org_id, webhook_id, event_id, kind, object_id, state, attempts, next_attempt,
                                  created_date, modified_date)
            select w.org_id, w.id, ?, 'event', ?, 'pending', 0, ?, ?, ?
            from webhook_event_type t join webhook w on w.id = t.webhook_id
            where t.org_id = ? and t.type = ? and w.status = 'active'""",
            eventId, objectId, due, now, now, orgId, type.wire());
    }

    /** Another delivery of an event to one webhook: a new row, so the earlier attempts stay on record. */
    int redeliver(Tx tx, long orgId, long eventId, Long webhookId, long now) {
        Sql sql = new Sql().append("""
            insert into delivery (org_id, webhook_id, event_id, kind, object_id, state, attempts, next_attempt,
                                  created_date, modified_date)
            select e.org_id, w.id, e.id, 'event', e.object_id, 'pending', 0, ?, ?, ?
            from event e join webhook w on w.org_id = e.org_id
            where e.org_id = ? and e.id = ?""", now, now, now, orgId, eventId);
        if (webhookId != null) sql.append(" and w.id = ?", webhookId);
        else sql.append(" and w.id in (select d.webhook_id from delivery d where d.event_id = e.id)");
        return tx.update(sql.text(), sql.params());
    }

    boolean eventExists(Tx tx, long orgId, long eventId) {
        return tx.exists("select 1 from event where org_id = ? and id = ?", orgId, eventId);
    }

    /** A verification handshake for {@code webhookId}; its order key is apart from the webhook's own events. */
    void insertVerify(Tx tx, long orgId, long webhookId, long now) {
        tx.update("""
            insert into delivery (org_id, webhook_id, kind, object_id, state, attempts, next_attempt, created_date, modified_date)
            values (?, ?, 'verify', ?, 'pending', 0, ?, ?, ?)""",
            orgId, webhookId, Ids.don(IdKind.WEBHOOK, orgId, webhookId) + "/verify", now, now, now);
    }

    /** Ends a webhook's pending verification, when a new one starts or the webhook no longer wants one. */
    void endVerification(Tx tx, long webhookId, long now) {
        tx.update("""
            update delivery set state = 'failed', last_error = 'superseded: the verification ended or was restarted',
                                claimed_by = null, lease_until = null, modified_date = ?
            where webhook_id = ? and kind = 'verify' and state = 'pending'""", now, webhookId);
    }

    void deleteOfWebhook(Tx tx, long webhookId) {
        tx.update("delete from delivery where webhook_id = ?", webhookId);
    }

    /** Whether some pending delivery is due and unleased (it may still wait for an earlier one of its object). */
    boolean hasDue(Tx tx, long now) {
        return tx.exists("""
            select 1 from delivery where state = 'pending' and next_attempt <= ? and (lease_until is null or lease_until < ?)""",
            now, now);
    }

    /** Claims up to {@code limit} claimable deliveries for {@code owner} until {@code leaseUntil}. */
    List<Long> claim(Tx tx, String owner, long now, long leaseUntil, int perWebhook, int limit) {
        boolean postgres = tx.engine() == Engine.POSTGRESQL;
        // SKIP LOCKED: rows another process is claiming right now are left to it, not waited for. SQLite
        // has one writer at a time, so there the candidates are claimed as they are.
        String claimable = postgres
            ? "select id from delivery where id in (" + CANDIDATES + ") and state = 'pending' "
                + "and (lease_until is null or lease_until < ?) for update skip locked"
            : CANDIDATES;
        // A generic plan (PostgreSQL's choice for a statement prepared many times) knows neither the
        // time nor the limits, and took seconds per claim over a backlog of thousands: plan each claim.
        if (postgres) tx.update("set local plan_cache_mode = force_custom_plan");
        List<Object> params = new ArrayList<>(List.of(owner, leaseUntil, now, now, SCAN, now, perWebhook, limit));
        if (postgres) params.add(now);
        return tx.list("update delivery set claimed_by = ?, lease_until = ? where id in (" + claimable + ") returning id",
            rs -> rs.getLong("id"), params.toArray());
    }

    List<Claimed> load(Tx tx, Collection<Long> ids, WebhookStore webhooks) {
        Sql sql = new Sql().append("""
            select d.id, d.org_id, d.webhook_id, d.event_id, d.kind, d.attempts, w.url, w.headers, w.secret, w.challenge,
                   w.verify_until, e.type, e.payload
            from delivery d join webhook w on w.id = d.webhook_id left join event e on e.id = d.event_id
            where d.id in """).appendList(ids).append(" order by d.id");
        return tx.list(sql.text(), rs -> new Claimed(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("webhook_id"),
            WebhookStore.nullableLong(rs, "event_id"), "verify".equals(rs.getString("kind")), rs.getInt("attempts"),
            rs.getString("url"), WebhookStore.headers(rs.getString("headers")), webhooks.open(rs.getString("secret")),
            rs.getString("challenge"), WebhookStore.nullableLong(rs, "verify_until"), rs.getString("type"),
            rs.getString("payload")), sql.params());
    }

    void delivered(Tx tx, Outcome outcome, String owner, long now) {
        tx.update("""
            update delivery set state = 'delivered', attempts = attempts + 1, last_status = ?, last_error = null,
                                claimed_by = null, lease_until = null, modified_date = ?
            where id = ? and claimed_by = ?""", outcome.status(), now, outcome.delivery().id(), owner);
    }

    /** A failed attempt: tried again at {@code next}, or failed for good when it is null. */
    void attemptFailed(Tx tx, Outcome outcome, String owner, Long next, long now) {
        tx.update("""
            update delivery set state = ?, attempts = attempts + 1, next_attempt = ?, last_status = ?, last_error = ?,
                                claimed_by = null, lease_until = null, modified_date = ?
            where id = ? and claimed_by = ?""",
            next == null ? "failed" : "pending", next == null ? now : next, outcome.status() == 0 ? null : outcome.status(),
            outcome.error(), now, outcome.delivery().id(), owner);
    }

    /** Removes up to {@code limit} deliveries made before {@code before} (retention). */
    int deleteBefore(Tx tx, long before, int limit) {
        return tx.update("delete from delivery where id in (select id from delivery where created_date < ? order by id limit ?)",
            before, limit);
    }

    Map<Long, List<DeliveryState>> statesOf(Tx tx, long orgId, Collection<Long> eventIds) {
        Map<Long, List<DeliveryState>> states = new LinkedHashMap<>();
        if (eventIds.isEmpty()) return states;
        Sql sql = new Sql().append("""
            select event_id, webhook_id, state, attempts, last_status, last_error, next_attempt
            from delivery where org_id = ? and event_id in """, orgId).appendList(eventIds).append(" order by id");
        tx.list(sql.text(), rs -> {
            String state = rs.getString("state");
            Long lastStatus = WebhookStore.nullableLong(rs, "last_status");
            states.computeIfAbsent(rs.getLong("event_id"), id -> new ArrayList<>()).add(new DeliveryState(
                Ids.don(IdKind.WEBHOOK, orgId, rs.getLong("webhook_id")), state, rs.getInt("attempts"),
                lastStatus == null ? null : lastStatus.intValue(), rs.getString("last_error"),
                "pending".equals(state) ? rs.getLong("next_attempt") : null));
            return null;
        }, sql.params());
        return states;
    }
}
