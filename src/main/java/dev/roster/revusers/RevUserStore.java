package dev.roster.revusers;

import dev.roster.devusers.UserRefSql;
import dev.roster.store.CustomFieldSql;
import dev.roster.store.Engine;
import dev.roster.store.JsonRows;
import dev.roster.store.Page;
import dev.roster.store.PageRequest;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Sql;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import dev.roster.store.ValueList;
import dev.roster.tags.TagSql;
import dev.roster.tags.TaggedKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** SQL for rev users. The rev org's name is joined in for the summary each user shows. */
final class RevUserStore {
    final ValueList externalRefs = new ValueList("rev_user_external_ref", "rev_user_id", "external_ref");
    final ValueList phoneNumbers = new ValueList("rev_user_phone", "rev_user_id", "phone");

    private static final String COLUMNS = """
        select u.id, u.org_id, u.rev_org_id, r.display_name as rev_org_name, u.display_name, u.email, u.description,
               u.external_ref, u.is_verified, u.custom_fields, u.created_date, u.modified_date, %s, %s,
               %s as external_refs, %s as phone_numbers, %s as tags
        from rev_user u
        left join rev_org r on r.id = u.rev_org_id
        left join dev_user c on c.id = u.created_by
        left join dev_user m on m.id = u.modified_by
        """;
    private static final SortColumns<RevUser> SORT_COLUMNS = new SortColumns<RevUser>()
        .and("id", "u.id", RevUser::id)
        .and("created_date", "u.created_date", RevUser::createdDate)
        .and("modified_date", "u.modified_date", RevUser::modifiedDate)
        .and("display_name", "coalesce(u.display_name, '')", user -> user.displayName() == null ? "" : user.displayName())
        .and("external_ref", "u.external_ref", RevUser::externalRef);
    private static final String SQLITE = build(Engine.SQLITE);
    private static final String POSTGRESQL = build(Engine.POSTGRESQL);

    /** One row per user: its list fields and tags packed as JSON, so a user or a page is one query. */
    private static String build(Engine engine) {
        return COLUMNS.formatted(UserRefSql.CREATED_BY.columns(), UserRefSql.MODIFIED_BY.columns(),
            engine.jsonArrayAgg("e.external_ref", "from rev_user_external_ref e where e.rev_user_id = u.id", "e.position"),
            engine.jsonArrayAgg("p.phone", "from rev_user_phone p where p.rev_user_id = u.id", "p.position"),
            TagSql.column(engine, TaggedKind.REV_USER, "u.id"));
    }

    private static String select(Tx tx) {
        return tx.engine() == Engine.SQLITE ? SQLITE : POSTGRESQL;
    }

    Optional<Long> findIdByExternalRef(Tx tx, long orgId, String ref) {
        return tx.first("select id from rev_user where org_id = ? and external_ref = ?", rs -> rs.getLong("id"), orgId, ref);
    }

    Optional<RevUser> find(Tx tx, long orgId, long id) {
        return tx.first(select(tx) + " where u.org_id = ? and u.id = ?", RevUserStore::map, orgId, id);
    }

    List<RevUser> findByEmail(Tx tx, long orgId, String email) {
        return tx.list(select(tx) + " where u.org_id = ? and u.email_key = ? order by u.id", RevUserStore::map,
            orgId, RevUserFields.emailKey(email));
    }

    /** Inserts a rev user; empty when the external ref is taken (the unique index decides). */
    Optional<Long> insert(Tx tx, Stamp stamp, CreateRevUser user, Long revOrg, String externalRef) {
        return tx.first("""
            insert into rev_user (org_id, rev_org_id, display_name, email, email_key, description, external_ref,
                                  is_verified, custom_fields, created_by, modified_by, created_date, modified_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            returning id""", rs -> rs.getLong("id"),
            stamp.orgId(), revOrg, user.displayName(), user.email(), RevUserFields.emailKey(user.email()), user.description(),
            externalRef, false, user.customFieldsJson(), stamp.userId(), stamp.userId(), stamp.at(), stamp.at());
    }

    /** Applies a change; false when the new external ref is taken by another rev user. */
    boolean update(Tx tx, Stamp stamp, UpdateRevUser change) {
        Sql sql = new Sql().append("update rev_user set modified_by = ?, modified_date = ?", stamp.userId(), stamp.at());
        change.displayName().ifPresent(v -> sql.append(", display_name = ?", v));
        change.email().ifPresent(v -> sql.append(", email = ?, email_key = ?", v, RevUserFields.emailKey(v)));
        change.description().ifPresent(v -> sql.append(", description = ?", v));
        change.externalRef().ifPresent(v -> sql.append(", external_ref = ?", v));
        change.customFieldsJson().ifPresent(v -> sql.append(", custom_fields = ?", v));
        sql.append(" where org_id = ? and id = ?", stamp.orgId(), change.id());
        return tx.updateUnlessDuplicate(sql);
    }

    /** Fills a merged-into user's empty fields from another; set fields are kept. */
    void fillEmpty(Tx tx, Stamp stamp, long primary, RevUser from) {
        tx.update("""
            update rev_user set display_name = coalesce(display_name, ?), email = coalesce(email, ?),
                   email_key = coalesce(email_key, ?), description = coalesce(description, ?),
                   rev_org_id = coalesce(rev_org_id, ?), custom_fields = coalesce(custom_fields, ?),
                   is_verified = (is_verified or ?), modified_by = ?, modified_date = ?
            where org_id = ? and id = ?""",
            from.displayName(), from.email(), RevUserFields.emailKey(from.email()), from.description(), from.revOrgId(),
            from.customFieldsJson(), from.isVerified(), stamp.userId(), stamp.at(), stamp.orgId(), primary);
    }

    /** Takes the user's row lock, so that writers of one user queue up; false when it is gone. */
    boolean lock(Tx tx, long orgId, long id) {
        return tx.exists("select 1 from rev_user where org_id = ? and id = ?" + tx.engine().forUpdate(), orgId, id);
    }

    /** Takes the row locks of every user with this email. */
    void lockByEmail(Tx tx, long orgId, String email) {
        tx.list("select id from rev_user where org_id = ? and email_key = ?" + tx.engine().forUpdate(),
            rs -> rs.getLong("id"), orgId, RevUserFields.emailKey(email));
    }

    /** Links to a rev org; false when the user does not exist. */
    boolean link(Tx tx, Stamp stamp, RevUserLink link) {
        return tx.update("update rev_user set rev_org_id = ?, modified_by = ?, modified_date = ? where org_id = ? and id = ?",
            link.revOrg(), stamp.userId(), stamp.at(), stamp.orgId(), link.revUser()) == 1;
    }

    /** Removes the link only if it is to the named rev org: the condition, not a prior read, decides. */
    boolean unlinkFrom(Tx tx, Stamp stamp, RevUserLink link) {
        return tx.update("update rev_user set rev_org_id = null, modified_by = ?, modified_date = ? "
            + "where org_id = ? and id = ? and rev_org_id = ?", stamp.userId(), stamp.at(), stamp.orgId(), link.revUser(),
            link.revOrg()) == 1;
    }

    /** Unlinks every user of these rev orgs, leaving who and when as they were. */
    void unlinkAll(Tx tx, long orgId, List<Long> revOrgIds) {
        Sql sql = new Sql().append("update rev_user set rev_org_id = null where org_id = ? and rev_org_id in ", orgId)
            .appendList(revOrgIds);
        tx.update(sql.text(), sql.params());
    }

    void delete(Tx tx, long orgId, long id) {
        externalRefs.removeAll(tx, id);
        phoneNumbers.removeAll(tx, id);
        tx.update("delete from rev_user_association where rev_user_id = ?", id);
        tx.update("delete from rev_user where org_id = ? and id = ?", orgId, id);
        // Its tokens (rev tokens) stop authenticating with the row: every process's token cache must miss.
        tx.announceAuthChange();
    }

    Page<RevUser> page(Tx tx, long orgId, RevUserFilter filter, PageRequest page, Clock clock) {
        Sql select = new Sql().append(select(tx) + " where u.org_id = ?", orgId);
        appendFilter(select, tx, orgId, filter, clock);
        return Pager.fetch(tx, select, page, SORT_COLUMNS, RevUserStore::map);
    }

    /** Narrows {@code select} to the users matching every given filter field; each condition has an index. */
    private void appendFilter(Sql select, Tx tx, long orgId, RevUserFilter filter, Clock clock) {
        filter.emails().ifPresent(v -> select.append(" and u.email_key in ").appendList(v));
        filter.externalRef().ifPresent(v -> select.append(" and u.external_ref in ").appendList(v));
        filter.externalRefs().ifPresent(v -> externalRefs.appendFilter(select, orgId, "u.id", v));
        filter.phoneNumbers().ifPresent(v -> phoneNumbers.appendFilter(select, orgId, "u.id", v));
        filter.revOrgs().ifPresent(v -> select.append(" and u.rev_org_id in ").appendList(v));
        filter.isVerified().ifPresent(v -> select.append(" and u.is_verified = ?", v));
        filter.createdBy().ifPresent(v -> select.append(" and u.created_by in ").appendList(v));
        filter.createdDate().ifPresent(f -> f.resolve(clock).appendTo(select, "u.created_date"));
        filter.modifiedDate().ifPresent(f -> f.resolve(clock).appendTo(select, "u.modified_date"));
        filter.tags().ifPresent(v -> TagSql.appendFilter(select, orgId, TaggedKind.REV_USER, "u.id", v));
        filter.associations().ifPresent(v -> AssociationStore.appendFilter(select, orgId, "u.id", v));
        CustomFieldSql.appendFilter(select, tx.engine(), "u.custom_fields", filter.customFields().jsonByKey());
    }

    private static RevUser map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong("org_id");
        long revOrg = rs.getLong("rev_org_id");
        Long revOrgId = rs.wasNull() ? null : revOrg;
        return new RevUser(rs.getLong("id"), orgId, revOrgId, rs.getString("rev_org_name"), rs.getString("display_name"),
            rs.getString("email"), rs.getString("description"), rs.getString("external_ref"), rs.getBoolean("is_verified"),
            rs.getString("custom_fields"),
            JsonRows.read(rs.getString("external_refs"), row -> row.get(0).asText()),
            JsonRows.read(rs.getString("phone_numbers"), row -> row.get(0).asText()),
            TagSql.read(rs.getString("tags")),
            UserRefSql.CREATED_BY.read(rs, orgId), UserRefSql.MODIFIED_BY.read(rs, orgId), rs.getLong("created_date"),
            rs.getLong("modified_date"));
    }
}
