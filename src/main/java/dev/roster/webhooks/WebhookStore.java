package dev.roster.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.roster.devusers.UserRefSql;
import dev.roster.events.EventType;
import dev.roster.http.Json;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** SQL for webhooks. Secrets go in sealed and come out opened. */
final class WebhookStore {
    private static final TypeReference<List<WebhookHeader>> HEADERS = new TypeReference<>() {};
    private static final String SELECT = """
        select w.id, w.org_id, w.url, w.status, w.event_types, w.headers, w.secret, w.challenge, w.verify_until,
               w.verified_date, w.created_date, w.modified_date, %s, %s
        from webhook w
        left join dev_user c on c.id = w.created_by
        left join dev_user m on m.id = w.modified_by
        """.formatted(UserRefSql.CREATED_BY.columns(), UserRefSql.MODIFIED_BY.columns());

    private final SecretBox box;

    WebhookStore(SecretBox box) { this.box = box; }

    Optional<Webhook> find(Tx tx, long orgId, long id) {
        return tx.first(SELECT + " where w.org_id = ? and w.id = ?", this::map, orgId, id);
    }

    /** The webhook, its row locked until commit so that concurrent updates apply one after the other. */
    Optional<Webhook> findForUpdate(Tx tx, long orgId, long id) {
        if (tx.first("select id from webhook where org_id = ? and id = ?" + tx.engine().forUpdate(), rs -> rs.getLong("id"),
            orgId, id).isEmpty()) {
            return Optional.empty();
        }
        return find(tx, orgId, id);
    }

    List<Webhook> list(Tx tx, long orgId) {
        return tx.list(SELECT + " where w.org_id = ? order by w.id", this::map, orgId);
    }

    long insert(Tx tx, Stamp stamp, Webhook webhook) {
        long id = tx.insert("""
            insert into webhook (org_id, url, status, event_types, headers, secret, challenge, verify_until, verified_date,
                                 created_by, modified_by, created_date, modified_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
            stamp.orgId(), webhook.url(), webhook.status().wire(), types(webhook.eventTypes()), headers(webhook.headers()),
            box.seal(webhook.secret()), webhook.challenge(), webhook.verifyUntil(), webhook.verifiedDate(),
            stamp.userId(), stamp.userId(), stamp.at(), stamp.at());
        subscribe(tx, stamp.orgId(), id, webhook.eventTypes());
        return id;
    }

    /** Replaces the webhook's rows of webhook_event_type, the fan-out's index of who gets what. */
    private void subscribe(Tx tx, long orgId, long webhookId, List<EventType> types) {
        tx.update("delete from webhook_event_type where webhook_id = ?", webhookId);
        for (EventType type : types) {
            tx.update("insert into webhook_event_type (org_id, webhook_id, type) values (?, ?, ?)", orgId, webhookId, type.wire());
        }
    }

    /** Writes every changeable field of {@code webhook}. */
    void update(Tx tx, Stamp stamp, Webhook webhook, boolean newSecret) {
        tx.update("""
            update webhook set url = ?, status = ?, event_types = ?, headers = ?, challenge = ?, verify_until = ?,
                               verified_date = ?, modified_by = ?, modified_date = ?
            where org_id = ? and id = ?""",
            webhook.url(), webhook.status().wire(), types(webhook.eventTypes()), headers(webhook.headers()),
            webhook.challenge(), webhook.verifyUntil(), webhook.verifiedDate(), stamp.userId(), stamp.at(), stamp.orgId(),
            webhook.id());
        subscribe(tx, stamp.orgId(), webhook.id(), webhook.eventTypes());
        if (newSecret) {
            tx.update("update webhook set secret = ? where org_id = ? and id = ?", box.seal(webhook.secret()), stamp.orgId(),
                webhook.id());
        }
    }

    /** A verification answered: the webhook is active, unless its verification changed meanwhile; answers whether it is. */
    boolean verified(Tx tx, long webhookId, String challenge, long now) {
        return 1 == tx.update("""
            update webhook set status = 'active', verified_date = ?, challenge = null, verify_until = null
            where id = ? and status = 'unverified' and challenge = ?""", now, webhookId, challenge);
    }

    void delete(Tx tx, long orgId, long id) {
        tx.update("delete from webhook_event_type where webhook_id = ?", id);
        tx.update("delete from webhook where org_id = ? and id = ?", orgId, id);
    }

    String open(String sealed) { return box.open(sealed); }

    /** The types as given, between commas. */
    private static String types(List<EventType> types) {
        return types.stream().map(EventType::wire).collect(Collectors.joining(",", ",", ","));
    }

    static String headers(List<WebhookHeader> headers) {
        try {
            return Json.MAPPER.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<WebhookHeader> headers(String json) {
        try {
            return Json.MAPPER.readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored webhook's headers are not JSON", e);
        }
    }

    private Webhook map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong("org_id");
        List<EventType> types = Arrays.stream(rs.getString("event_types").split(",")).filter(s -> !s.isEmpty())
            .flatMap(wire -> EventType.ofWire(wire).stream()).toList();
        return new Webhook(rs.getLong("id"), orgId, rs.getString("url"), WebhookStatus.of(rs.getString("status")), types,
            headers(rs.getString("headers")), box.open(rs.getString("secret")), rs.getString("challenge"),
            nullableLong(rs, "verify_until"), nullableLong(rs, "verified_date"), UserRefSql.CREATED_BY.read(rs, orgId),
            UserRefSql.MODIFIED_BY.read(rs, orgId), rs.getLong("created_date"), rs.getLong("modified_date"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
