package dev.roster.revorgs;

import dev.roster.devusers.UserRefSql;
import dev.roster.store.CustomFieldSql;
import dev.roster.store.Page;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Stamp;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import dev.roster.tags.TagSql;
import dev.roster.tags.TaggedKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** SQL for rev orgs. The account's name is joined in for the summary each rev org shows. */
final class RevOrgStore {
    private static final String SELECT = """
        select r.id, r.org_id, r.account_id, a.display_name as account_name, r.is_default, r.display_name,
               r.description, r.external_ref, r.environment, r.tier, r.custom_fields, r.created_date, r.modified_date,
               %s, %s
        from rev_org r
        join account a on a.id = r.account_id
        left join dev_user c on c.id = r.created_by
        left join dev_user m on m.id = r.modified_by
        """.formatted(UserRefSql.CREATED_BY.columns(), UserRefSql.MODIFIED_BY.columns());
    private static final SortColumns<RevOrg> SORT_COLUMNS = new SortColumns<RevOrg>()
        .and("id", "r.id", RevOrg::id)
        .and("created_date", "r.created_date", RevOrg::createdDate)
        .and("modified_date", "r.modified_date", RevOrg::modifiedDate)
        .and("display_name", "r.display_name", RevOrg::displayName);

    Optional<Long> findIdByExternalRef(Tx tx, long orgId, String ref) {
        return tx.first("select id from rev_org where org_id = ? and external_ref = ?", rs -> rs.getLong("id"), orgId, ref);
    }

    Optional<RevOrg> find(Tx tx, long orgId, long id) {
        return tx.first(SELECT + " where r.org_id = ? and r.id = ?", RevOrgStore::map, orgId, id);
    }

    Optional<RevOrg> findDefault(Tx tx, long orgId, long accountId) {
        return tx.first(SELECT + " where r.org_id = ? and r.account_id = ? and r.is_default", RevOrgStore::map, orgId, accountId);
    }

    /** Inserts a rev org; empty when its external ref is taken (the unique index decides). */
    Optional<Long> insert(Tx tx, Stamp stamp, CreateRevOrg org, boolean isDefault) {
        return tx.first("""
            insert into rev_org (org_id, account_id, is_default, display_name, description, external_ref, environment,
                                 tier, custom_fields, created_by, modified_by, created_date, modified_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            returning id""", rs -> rs.getLong("id"),
            stamp.orgId(), org.account(), isDefault, org.displayName(), org.description(), org.externalRef(), org.environment(),
            org.tier(), org.customFieldsJson(), stamp.userId(), stamp.userId(), stamp.at(), stamp.at());
    }

    /** Applies a change; false when the new external ref is taken. */
    boolean update(Tx tx, Stamp stamp, UpdateRevOrg change) {
        Sql sql = new Sql().append("update rev_org set modified_by = ?, modified_date = ?", stamp.userId(), stamp.at());
        change.account().ifPresent(v -> sql.append(", account_id = ?", v));
        change.displayName().ifPresent(v -> sql.append(", display_name = ?", v));
        change.description().ifPresent(v -> sql.append(", description = ?", v));
        change.externalRef().ifPresent(v -> sql.append(", external_ref = ?", v));
        change.environment().ifPresent(v -> sql.append(", environment = ?", v));
        change.tier().ifPresent(v -> sql.append(", tier = ?", v));
        change.customFieldsJson().ifPresent(v -> sql.append(", custom_fields = ?", v));
        sql.append(" where org_id = ? and id = ?", stamp.orgId(), change.id());
        return tx.updateUnlessDuplicate(sql);
    }

    // Reads the account table itself instead of asking AccountService: that service is built with RevOrgService
    // (an account creates its default rev org), so rev orgs cannot hold it. SELECT joins the table too, for the name.
    boolean accountExists(Tx tx, long orgId, long accountId) {
        return tx.exists("select 1 from account where org_id = ? and id = ?", orgId, accountId);
    }

    List<Long> idsOfAccount(Tx tx, long orgId, long accountId) {
        return tx.list("select id from rev_org where org_id = ? and account_id = ? order by id", rs -> rs.getLong("id"),
            orgId, accountId);
    }

    /** Takes the rev org's row lock, as its writers and deleters do; false when it does not exist. */
    boolean lock(Tx tx, long orgId, long id) {
        return tx.exists("select 1 from rev_org where org_id = ? and id = ?" + tx.engine().forUpdate(), orgId, id);
    }

    /**
     * Keeps the rev org from being deleted or moved to another account until commit, without queuing
     * behind others doing the same: rev users created in or linked to one rev org at once.
     */
    boolean share(Tx tx, long orgId, long id) {
        return tx.exists("select 1 from rev_org where org_id = ? and id = ?" + tx.engine().forShare(), orgId, id);
    }

    void delete(Tx tx, long orgId, long id) {
        tx.update("delete from rev_org where org_id = ? and id = ?", orgId, id);
    }

    /** Moves every rev org of one account to another; they stop being a default, since the target has one. */
    void moveAll(Tx tx, Stamp stamp, long fromAccount, long toAccount) {
        tx.update("update rev_org set account_id = ?, is_default = ?, modified_by = ?, modified_date = ? "
            + "where org_id = ? and account_id = ?", toAccount, false, stamp.userId(), stamp.at(), stamp.orgId(), fromAccount);
    }

    void rename(Tx tx, long orgId, long id, String displayName) {
        tx.update("update rev_org set display_name = ? where org_id = ? and id = ?", displayName, orgId, id);
    }

    Page<RevOrg> list(Tx tx, long orgId, RevOrgQuery query, Clock clock) {
        Sql select = new Sql().append(SELECT + " where r.org_id = ?", orgId);
        query.accounts().ifPresent(ids -> select.append(" and r.account_id in ").appendList(ids));
        query.displayNames().ifPresent(names -> select.append(" and r.display_name in ").appendList(names));
        query.externalRefs().ifPresent(refs -> select.append(" and r.external_ref in ").appendList(refs));
        query.createdBy().ifPresent(ids -> select.append(" and r.created_by in ").appendList(ids));
        query.createdDate().ifPresent(f -> f.resolve(clock).appendTo(select, "r.created_date"));
        query.modifiedDate().ifPresent(f -> f.resolve(clock).appendTo(select, "r.modified_date"));
        query.tags().ifPresent(ids -> TagSql.appendFilter(select, orgId, TaggedKind.REV_ORG, "r.id", ids));
        CustomFieldSql.appendFilter(select, tx.engine(), "r.custom_fields", query.customFields().jsonByKey());
        return Pager.fetch(tx, select, query.page(), SORT_COLUMNS, RevOrgStore::map);
    }

    private static RevOrg map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong("org_id");
        return new RevOrg(rs.getLong("id"), orgId, rs.getLong("account_id"), rs.getString("account_name"),
            rs.getBoolean("is_default"), rs.getString("display_name"), rs.getString("description"),
            rs.getString("external_ref"), rs.getString("environment"), rs.getString("tier"), rs.getString("custom_fields"),
            List.of(), UserRefSql.CREATED_BY.read(rs, orgId), UserRefSql.MODIFIED_BY.read(rs, orgId), rs.getLong("created_date"),
            rs.getLong("modified_date"));
    }
}
