package dev.roster.devorgs;

import dev.roster.store.Tx;
import java.util.Optional;

/** SQL for dev orgs. */
final class DevOrgStore {
    long insert(Tx tx, String displayName, String slug, long now) {
        return tx.insert("insert into dev_org (display_name, dev_slug, created_date) values (?, ?, ?) returning id",
            displayName, slug, now);
    }

    /** The first dev org, the one bootstrap made. */
    Optional<Long> findDefault(Tx tx) {
        return tx.first("select id from dev_org order by id limit 1", rs -> rs.getLong("id"));
    }
}
