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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * SQL for deliveries. A row is claimable when it is pending and due, its lease (if any) has run out,
 * its webhook takes it (active for events, unverified for a verification), and no earlier pending
 * row of the same webhook and object exists (per-object order). Each webhook is claimed on its own,
 * up to the deliveries it may have leased over every process, so that one webhook's backlog never
 * holds back another's.
 */
final class DeliveryStore {
    /**
     * How far into a webhook's queue one claim looks: a bound on its cost however long the backlog.
     * Only the leased, the retries not yet due and the rows they hold back stand before what it claims.
     */
    private static final int SCAN = 512;
    /** More leases than any webhook may hold at once: where counting them can stop. */
    private static final int LEASES_COUNTED = 10_000;
    /** A pending row that is due and unleased: the webhooks with work, and the work before any is claimed. */
    private static final String DUE = "state = 'pending' and next_attempt <= ? and (lease_until is null or lease_until < ?)";

    /**
     * The insert of one pending delivery per active webhook of the dev org subscribed to {@code type},
     * of the event whose id {@code eventId} gives.
     */
    Sql fanOut(Sql eventId, long orgId, EventType type, String objectId, long due, long now) {
        return new Sql().append("""
            insert into delivery (org_id, webhook_id, event_id, kind, object_id, state, attempts, next_attempt,
                                  created_date, modified_date)
            select w.org_id, w.id,\s""").appendSql(eventId).append("""
            , 'event', ?, 'pending', 0, ?, ?, ?
            from webhook_event_type t join webhook w on w.id = t.webhook_id
            where t.org_id = ? and t.type = ? and w.status = 'active'""",
            objectId, due, now, now, orgId, type.wire());
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

    /** A webhook with due deliveries: whether it is verifying, and how many it has leased. */
    record Room(long webhookId, boolean verifying, int leased) {}

    /** A pending delivery of one webhook, as a claim walks its queue. */
    private record Queued(long id, String objectId, boolean isVerify, long nextAttempt, Long leaseUntil) {
        boolean isClaimable(boolean verifying, long now) {
            return isVerify == verifying && nextAttempt <= now && (leaseUntil == null || leaseUntil < now);
        }
    }

    /**
     * The webhooks that take deliveries and have some due, with how many each has leased. The
     * subqueries stay per webhook (in the select list, no planner turns them into a scan of every
     * delivery, as one did for an EXISTS in the WHERE clause on stale statistics). The count walks its
     * index in order: on PostgreSQL only such a scan marks the entries of row versions that no one
     * can see any more as dead, and every claim and delivery leaves one behind with its lease; a
     * bitmap scan, which a plain count gets, visits all of them at every claim until a VACUUM.
     */
    List<Room> rooms(Tx tx, long now) {
        return tx.list(ROOMS, rs -> rs.getBoolean("due") ? new Room(rs.getLong("id"), "unverified".equals(rs.getString("status")),
                rs.getInt("leased")) : null, now, now, now)
            .stream().filter(Objects::nonNull).toList();
    }

    /** {@link #rooms}' statement; its parameters are the time three times. */
    static final String ROOMS = """
        select w.id, w.status,
               (select count(*) from (select 1 from delivery l where l.webhook_id = w.id and l.lease_until >= ?
                                      order by l.lease_until limit\s""" + LEASES_COUNTED + """
        ) l) as leased,
               exists (select 1 from delivery d where d.webhook_id = w.id and\s""" + DUE + """
        ) as due
        from webhook w where w.status in ('active', 'unverified')""";

    /**
     * Claims up to {@code limit} of the webhook's claimable deliveries, oldest first, for {@code owner}.
     * Its queue is walked in order here rather than in SQL: a row is held back by any pending row of
     * its object seen before it, which no query plan can get wrong.
     */
    List<Long> claim(Tx tx, Room room, String owner, long now, long leaseUntil, int limit) {
        // Most often only the deliveries in flight stand before what is claimed: a short look first,
        // and the longest one only when the short one saw no end of the queue and found too little.
        int look = Math.min(SCAN, room.leased() + 2 * limit);
        Walk walk = walk(tx, room, now, limit, look);
        if (walk.ids().size() < limit && !walk.sawAll() && look < SCAN) walk = walk(tx, room, now, limit, SCAN);
        List<Long> ids = walk.ids();
        if (ids.isEmpty()) return ids;
        // PostgreSQL: rows another process is claiming right now are skipped, not waited for; the rows
        // they hold back stay held, as this walk saw them pending. SQLite has one writer at a time.
        Sql sql = new Sql().append("update delivery set claimed_by = ?, lease_until = ? where id in (select id from delivery where id in ",
            owner, leaseUntil).appendList(ids).append(" and state = 'pending' and (lease_until is null or lease_until < ?)", now);
        if (tx.engine() == Engine.POSTGRESQL) sql.append(" for update skip locked");
        return tx.list(sql.append(") returning id").text(), rs -> rs.getLong("id"), sql.params());
    }

    /** What a walk of a webhook's queue found, and whether it reached the queue's end. */
    private record Walk(List<Long> ids, boolean sawAll) {}

    /** Up to {@code limit} claimable deliveries among the first {@code look} pending ones of the webhook, oldest first. */
    private static Walk walk(Tx tx, Room room, long now, int limit, int look) {
        List<Queued> queue = tx.list("""
            select id, object_id, kind, next_attempt, lease_until from delivery where webhook_id = ? and state = 'pending'
            order by id limit ?""", rs -> new Queued(rs.getLong("id"), rs.getString("object_id"), "verify".equals(rs.getString("kind")),
            rs.getLong("next_attempt"), WebhookStore.nullableLong(rs, "lease_until")), room.webhookId(), look);
        Set<String> objects = new HashSet<>();
        List<Long> ids = new ArrayList<>();
        for (Queued queued : queue) {
            boolean first = objects.add(queued.objectId());
            if (first && queued.isClaimable(room.verifying(), now)) ids.add(queued.id());
            if (ids.size() == limit) break;
        }
        return new Walk(ids, queue.size() < look);
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

    /** Successful attempts that got {@code status}: one statement for a round's worth. */
    void delivered(Tx tx, Collection<Long> ids, int status, String owner, long now) {
        Sql sql = new Sql().append("""
            update delivery set state = 'delivered', attempts = attempts + 1, last_status = ?, last_error = null,
                                claimed_by = null, lease_until = null, modified_date = ?
            where claimed_by = ? and id in """, status, now, owner).appendList(ids);
        tx.update(sql.text(), sql.params());
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
