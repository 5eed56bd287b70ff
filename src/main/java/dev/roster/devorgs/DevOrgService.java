package dev.roster.devorgs;

import dev.roster.store.Tx;
import java.time.Clock;
import java.util.Optional;

/** Dev orgs: the tenants. Created at bootstrap (and by test fixtures); the API has no operation for them. */
public final class DevOrgService {
    private final Clock clock;

    public DevOrgService(Clock clock) { this.clock = clock; }

    public long create(Tx tx, String displayName, String slug) {
        return tx.insert("insert into dev_org (display_name, dev_slug, created_date) values (?, ?, ?) returning id",
            displayName, slug, clock.millis());
    }

    /** The first dev org, the one bootstrap made: the CLI's default. */
    public Optional<Long> defaultOrg(Tx tx) {
        return tx.first("select id from dev_org order by id limit 1", rs -> rs.getLong(1));
    }
}
