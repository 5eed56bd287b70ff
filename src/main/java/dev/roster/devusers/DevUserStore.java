package dev.roster.devusers;

import dev.roster.store.CustomFieldSql;
import dev.roster.store.Page;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Sql;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** SQL for dev users. Every statement is scoped to a dev org; every method takes the transaction. */
final class DevUserStore {
    private static final SortColumns<DevUser> SORT_COLUMNS = new SortColumns<DevUser>()
        .and("id", "u.id", DevUser::id)
        .and("created_date", "u.created_date", DevUser::createdDate)
        .and("modified_date", "u.modified_date", DevUser::modifiedDate)
        .and("display_name", "u.display_name", DevUser::displayName)
        .and("email", "u.email_key", user -> Emails.key(user.email()))
        .and("state", "u.state", user -> user.state().wire());
    private final DevUserIdentityStore identities = new DevUserIdentityStore();

    DevUserIdentityStore identities() { return identities; }

    Optional<DevUser> find(Tx tx, long orgId, long id) {
        return tx.first(DevUserRows.select(tx.engine()) + " where u.org_id = ? and u.id = ?", DevUserRows::map, orgId, id);
    }

    /** A user's state, holding its row until commit so that it cannot be merged meanwhile; empty when it does not exist. */
    Optional<UserState> holdState(Tx tx, long orgId, long id) {
        return tx.first("select state from dev_user where org_id = ? and id = ?" + tx.engine().forShare(),
            rs -> UserState.ofWire(rs.getString("state")), orgId, id);
    }

    /** The ids among {@code ids} of no dev user of the org, in their order. */
    List<Long> missing(Tx tx, long orgId, List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<Long> found = tx.list(new Sql().append("select id from dev_user where org_id = ? and id in ", orgId).appendList(ids),
            rs -> rs.getLong("id"));
        return ids.stream().filter(id -> !found.contains(id)).toList();
    }

    DevUser get(Tx tx, long orgId, long id) {
        return find(tx, orgId, id).orElseThrow(() -> new IllegalStateException("dev user " + id + " vanished"));
    }

    Optional<DevUser> findByEmail(Tx tx, long orgId, String email) {
        return tx.first(DevUserRows.select(tx.engine()) + " where u.org_id = ? and u.email_key = ? and u.state <> 'deleted'",
            DevUserRows::map, orgId, Emails.key(email));
    }

    /** Inserts a shadow user made by the stamp's author; empty when the email is already taken in the org. */
    Optional<Long> insert(Tx tx, Stamp stamp, CreateDevUser user) {
        return insert(tx, stamp.orgId(), user, UserState.SHADOW, stamp.userId(), stamp.at());
    }

    /** Inserts a dev org's first user, active and made by no one; empty when the email is already taken. */
    Optional<Long> insertFirst(Tx tx, long orgId, CreateDevUser user, long now) {
        return insert(tx, orgId, user, UserState.ACTIVE, null, now);
    }

    /** The unique index on the email key decides whether the email is taken. */
    private Optional<Long> insert(Tx tx, long orgId, CreateDevUser user, UserState state, Long createdBy, long now) {
        return tx.first("""
            insert into dev_user (org_id, email, email_key, display_name, full_name, state, reports_to,
                                  custom_fields, created_by, modified_by, created_date, modified_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            returning id""",
            rs -> rs.getLong("id"),
            orgId, user.email(), Emails.key(user.email()), Emails.localPart(user.email()), user.fullName(),
            state.wire(), user.reportsTo(), user.customFieldsJson(), createdBy, createdBy, now, now);
    }

    void update(Tx tx, Stamp stamp, long id, UpdateDevUser change) {
        Sql sql = new Sql().append("update dev_user set modified_by = ?, modified_date = ?", stamp.userId(), stamp.at());
        change.displayName().ifPresent(v -> sql.append(", display_name = ?", v));
        change.fullName().ifPresent(v -> sql.append(", full_name = ?", v));
        change.jobTitle().ifPresent(v -> sql.append(", job_title = ?", v));
        change.jobHistoryJson().ifPresent(v -> sql.append(", job_history = ?", v));
        change.experienceStartDate().ifPresent(v -> sql.append(", experience_start_date = ?", v));
        change.reportsTo().ifPresent(v -> sql.append(", reports_to = ?", v));
        change.customFieldsJson().ifPresent(v -> sql.append(", custom_fields = ?", v));
        sql.append(" where org_id = ? and id = ?", stamp.orgId(), id);
        tx.update(sql.text(), sql.params());
    }

    /**
     * Takes the user's row lock without changing it, so that the user read next is as it was before
     * this change (what its event shows); false when it does not exist.
     */
    boolean hold(Tx tx, long orgId, long id) {
        return tx.exists("select 1 from dev_user where org_id = ? and id = ?" + tx.engine().forUpdate(), orgId, id);
    }

    /**
     * Takes the user's row lock, so that writers of one user (its identities, a merge) queue up, and
     * records the stamp as its last change; false when it does not exist.
     */
    boolean lock(Tx tx, Stamp stamp, long id) {
        return tx.update("update dev_user set modified_by = ?, modified_date = ? where org_id = ? and id = ?",
            stamp.userId(), stamp.at(), stamp.orgId(), id) == 1;
    }

    /** A user's state decides whether its tokens authenticate: caches of them must drop. */
    void setState(Tx tx, Stamp stamp, long id, UserState state) {
        tx.announceAuthChange();
        tx.update("update dev_user set state = ?, modified_by = ?, modified_date = ? where org_id = ? and id = ?",
            state.wire(), stamp.userId(), stamp.at(), stamp.orgId(), id);
    }

    /** Takes the dev org's row lock (PostgreSQL; SQLite writers are already serial) until the transaction ends. */
    void lockReportingLines(Tx tx, long orgId) {
        tx.update("update dev_org set display_name = display_name where id = ?", orgId);
    }

    /** True when {@code candidate} is {@code user} or reports, directly or not, to it. */
    boolean reportsChainReaches(Tx tx, long orgId, long candidate, long user) {
        return tx.exists("""
            with recursive chain (id, depth) as (
                select cast(? as bigint), 0
                union all
                select u.reports_to, chain.depth + 1 from dev_user u join chain on u.id = chain.id
                where u.org_id = ? and u.reports_to is not null and chain.depth < 10000
            )
            select 1 from chain where id = ? limit 1""", candidate, orgId, user);
    }

    Page<DevUser> list(Tx tx, long orgId, DevUserQuery query, Clock clock) {
        Sql select = new Sql().append(DevUserRows.select(tx.engine()) + " where u.org_id = ?", orgId);
        query.emails().ifPresent(emails -> select.append(" and u.email_key in ").appendList(emails));
        query.states().ifPresentOrElse(
            states -> select.append(" and u.state in ").appendList(states.stream().map(UserState::wire).toList()),
            () -> select.append(" and u.state <> 'deleted'"));
        query.identities().ifPresent(filters -> identities.appendFilter(select, orgId, filters));
        query.createdDate().ifPresent(f -> f.resolve(clock).appendTo(select, "u.created_date"));
        query.modifiedDate().ifPresent(f -> f.resolve(clock).appendTo(select, "u.modified_date"));
        CustomFieldSql.appendFilter(select, tx.engine(), "u.custom_fields", query.customFields().jsonByKey());

        return Pager.fetch(tx, select, query.page(), SORT_COLUMNS, DevUserRows::map);
    }
}
