package dev.roster.process;

import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/** What the delivery table says about webhook events, by the event ids the envelopes carry. */
final class DeliveryRows {
    private DeliveryRows() {}

    /** Events whose delivery is claimed and not yet recorded: those a process that just died may have sent. */
    static Set<String> claimed(String dbUrl) throws SQLException {
        return eventIds(dbUrl, "select org_id, event_id from delivery where state = 'pending' and claimed_by is not null "
            + "and event_id is not null");
    }

    /** Every event of the newest webhook. */
    static Set<String> ofNewestWebhook(String dbUrl) throws SQLException {
        return eventIds(dbUrl, "select org_id, event_id from delivery where event_id is not null and webhook_id = "
            + "(select max(webhook_id) from delivery)");
    }

    private static Set<String> eventIds(String dbUrl, String sql) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = DriverManager.getConnection(dbUrl);
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) ids.add(Ids.don(IdKind.EVENT, rs.getLong("org_id"), rs.getLong("event_id")));
        }
        return ids;
    }
}
