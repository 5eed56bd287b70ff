package dev.roster.devorgs;

import dev.roster.store.Engine;
import dev.roster.store.Page;
import dev.roster.store.PageRequest;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQL for dev orgs. */
final class DevOrgStore {
    private static final String SELECT = "select id, display_name, dev_slug, created_date from dev_org";
    private static final SortColumns<DevOrg> SORT_COLUMNS = new SortColumns<DevOrg>()
        .and("id", "id", DevOrg::id)
        .and("created_date", "created_date", DevOrg::createdDate);

    /**
     * Every table of a dev org's data, children before their parents. Each has an {@code org_id}, so
     * a whole org goes with one indexed delete per table. Asking each feature's service to delete its
     * objects one by one would walk every object and every relation between them, only to remove all
     * of them: for a purge of everything, the table list is the simpler and faster truth. A table
     * added by a later migration must be added here (DevOrgsDeleteTest compares this list with the
     * database's own list of tables having an {@code org_id} column).
     */
    static final List<String> ORG_TABLES = List.of(
        "delivery", "webhook_event_type", "webhook", "event", "group_member", "user_group", "object_tag", "rev_user_association", "rev_user_phone", "rev_user_external_ref", "rev_user", "rev_org",
        "account_owner", "account_website", "account_external_ref", "account_domain", "account", "tag",
        "api_token", "dev_user_identity", "dev_user", "snapshot");

    long insert(Tx tx, String displayName, String slug, long now) {
        return tx.insert("insert into dev_org (display_name, dev_slug, created_date) values (?, ?, ?) returning id",
            displayName, slug, now);
    }

    void rename(Tx tx, long id, String displayName) {
        tx.update("update dev_org set display_name = ? where id = ?", displayName, id);
    }

    Optional<DevOrg> find(Tx tx, long id) {
        return tx.first(SELECT + " where id = ?", DevOrgStore::devOrg, id);
    }

    /** The first dev org, the one bootstrap made. */
    Optional<Long> findDefault(Tx tx) {
        return tx.first("select id from dev_org order by id limit 1", rs -> rs.getLong("id"));
    }

    Page<DevOrg> list(Tx tx, PageRequest page) {
        return Pager.fetch(tx, new Sql().append(SELECT + " where id > 0"), page, SORT_COLUMNS, DevOrgStore::devOrg);
    }

    private static DevOrg devOrg(ResultSet rs) throws SQLException {
        return new DevOrg(rs.getLong("id"), rs.getString("display_name"), rs.getString("dev_slug"), rs.getLong("created_date"));
    }

    /** On PostgreSQL, a lock that ordinary writes' foreign-key checks do not wait for; SQLite has one writer anyway. */
    boolean lock(Tx tx, long id) {
        return tx.exists("select 1 from dev_org where id = ?" + tx.engine().forUpdate(), id);
    }

    /**
     * Deletes the dev org and every row of it; false when there is none. On PostgreSQL, the org's row
     * is locked first: a write into the org that is under way (its foreign key holds a key-share lock
     * on that row) commits before the purge reads, and one that starts later waits and then fails.
     */
    boolean purge(Tx tx, long id) {
        String lock = tx.engine() == Engine.POSTGRESQL ? " for update" : "";
        if (!tx.exists("select 1 from dev_org where id = ?" + lock, id)) return false;
        for (String table : ORG_TABLES) tx.update("delete from " + table + " where org_id = ?", id);
        return tx.update("delete from dev_org where id = ?", id) == 1;
    }
}
