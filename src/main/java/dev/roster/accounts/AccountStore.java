package dev.roster.accounts;

import dev.roster.devusers.UserRef;
import dev.roster.devusers.UserRefSql;
import dev.roster.store.CustomFieldSql;
import dev.roster.store.Page;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Stamp;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import dev.roster.store.ValueList;
import dev.roster.tags.TagSql;
import dev.roster.tags.TaggedKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for accounts. List fields live in child tables; {@link #children} loads them for a page at once. */
final class AccountStore {
    /** An owner of an account, joined as {@code u}. */
    private static final UserRefSql OWNER = new UserRefSql("u");
    final ValueList domains = new ValueList("account_domain", "account_id", "domain");
    final ValueList externalRefs = new ValueList("account_external_ref", "account_id", "external_ref");
    final ValueList websites = new ValueList("account_website", "account_id", "website");

    private static final String SELECT = """
        select a.id, a.org_id, a.display_name, a.description, a.tier, a.custom_fields, a.created_date, a.modified_date,
               %s, %s
        from account a
        left join dev_user c on c.id = a.created_by
        left join dev_user m on m.id = a.modified_by
        """.formatted(UserRefSql.CREATED_BY.columns(), UserRefSql.MODIFIED_BY.columns());
    private static final SortColumns<Account> SORT_COLUMNS = new SortColumns<Account>()
        .and("id", "a.id", Account::id)
        .and("created_date", "a.created_date", Account::createdDate)
        .and("modified_date", "a.modified_date", Account::modifiedDate)
        .and("display_name", "a.display_name", Account::displayName);

    Optional<Long> findIdByExternalRef(Tx tx, long orgId, String ref) {
        return tx.first("select account_id from account_external_ref where org_id = ? and external_ref = ?",
            rs -> rs.getLong("account_id"), orgId, ref);
    }

    Optional<Account> find(Tx tx, long orgId, long id) {
        return tx.first(SELECT + " where a.org_id = ? and a.id = ?", AccountStore::map, orgId, id);
    }

    long insert(Tx tx, Stamp stamp, CreateAccount account) {
        return tx.insert("""
            insert into account (org_id, display_name, description, tier, custom_fields, created_by, modified_by,
                                 created_date, modified_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
            stamp.orgId(), account.displayName(), account.description(), account.tier(), account.customFieldsJson(),
            stamp.userId(), stamp.userId(), stamp.at(), stamp.at());
    }

    void update(Tx tx, Stamp stamp, UpdateAccount change) {
        Sql sql = new Sql().append("update account set modified_by = ?, modified_date = ?", stamp.userId(), stamp.at());
        change.displayName().ifPresent(v -> sql.append(", display_name = ?", v));
        change.description().ifPresent(v -> sql.append(", description = ?", v));
        change.tier().ifPresent(v -> sql.append(", tier = ?", v));
        change.customFieldsJson().ifPresent(v -> sql.append(", custom_fields = ?", v));
        sql.append(" where org_id = ? and id = ?", stamp.orgId(), change.id());
        tx.update(sql.text(), sql.params());
    }

    /**
     * Takes the account's row lock, as a delete or a merge does before anything else; true when it
     * exists. With {@code shared}, others that only refer to it (an association) may hold it too.
     */
    boolean lock(Tx tx, long orgId, long id, boolean shared) {
        return tx.exists("select 1 from account where org_id = ? and id = ?"
            + (shared ? tx.engine().forShare() : tx.engine().forUpdate()), orgId, id);
    }

    void touch(Tx tx, Stamp stamp, long id) {
        tx.update("update account set modified_by = ?, modified_date = ? where org_id = ? and id = ?",
            stamp.userId(), stamp.at(), stamp.orgId(), id);
    }

    void delete(Tx tx, long orgId, long id) {
        domains.removeAll(tx, id);
        externalRefs.removeAll(tx, id);
        websites.removeAll(tx, id);
        tx.update("delete from account_owner where account_id = ?", id);
        tx.update("delete from account where org_id = ? and id = ?", orgId, id);
    }

    void replaceOwners(Tx tx, long orgId, long account, List<Long> owners) {
        tx.update("delete from account_owner where account_id = ?", account);
        for (int i = 0; i < owners.size(); i++) {
            tx.update("insert into account_owner (org_id, account_id, dev_user_id, position) values (?, ?, ?, ?)",
                orgId, account, owners.get(i), i);
        }
    }

    /** Adds {@code from}'s owners that {@code to} lacks, after its own, and drops {@code from}'s. */
    void mergeOwners(Tx tx, long from, long to) {
        tx.update("""
            insert into account_owner (org_id, account_id, dev_user_id, position)
            select org_id, ?, dev_user_id, position + 1000000 from account_owner where account_id = ?
            on conflict do nothing""", to, from);
        tx.update("delete from account_owner where account_id = ?", from);
    }

    Page<Account> list(Tx tx, long orgId, AccountQuery query, Clock clock) {
        Sql select = new Sql().append(SELECT + " where a.org_id = ?", orgId);
        if (query.matchesNothing()) select.append(" and 1 = 0");
        query.createdBy().ifPresent(ids -> select.append(" and a.created_by in ").appendList(ids));
        query.createdDate().ifPresent(f -> f.resolve(clock).appendTo(select, "a.created_date"));
        query.modifiedDate().ifPresent(f -> f.resolve(clock).appendTo(select, "a.modified_date"));
        query.displayNames().ifPresent(names -> select.append(" and a.display_name in ").appendList(names));
        query.tiers().ifPresent(tiers -> select.append(" and a.tier in ").appendList(tiers));
        query.domains().ifPresent(values -> domains.appendFilter(select, orgId, "a.id", values));
        query.externalRefs().ifPresent(values -> externalRefs.appendFilter(select, orgId, "a.id", values));
        query.websites().ifPresent(values -> websites.appendFilter(select, orgId, "a.id", values));
        query.owners().ifPresent(ids -> select.append(" and a.id in (select account_id from account_owner where org_id = ? "
            + "and dev_user_id in ", orgId).appendList(ids).append(")"));
        query.tags().ifPresent(ids -> TagSql.appendFilter(select, orgId, TaggedKind.ACCOUNT, "a.id", ids));
        CustomFieldSql.appendFilter(select, tx.engine(), "a.custom_fields", query.customFields().jsonByKey());
        return Pager.fetch(tx, select, query.page(), SORT_COLUMNS, AccountStore::map);
    }

    /** Fills in the list fields of several accounts with one query per field; tags are the tag service's. */
    List<Account> children(Tx tx, long orgId, List<Account> accounts) {
        List<Long> ids = accounts.stream().map(Account::id).toList();
        Map<Long, List<String>> domainsOf = domains.of(tx, ids);
        Map<Long, List<String>> refsOf = externalRefs.of(tx, ids);
        Map<Long, List<String>> websitesOf = websites.of(tx, ids);
        Map<Long, List<UserRef>> ownersOf = owners(tx, orgId, ids);
        return accounts.stream().map(a -> a.withChildren(domainsOf.getOrDefault(a.id(), List.of()),
            refsOf.getOrDefault(a.id(), List.of()), websitesOf.getOrDefault(a.id(), List.of()),
            ownersOf.getOrDefault(a.id(), List.of()))).toList();
    }

    private Map<Long, List<UserRef>> owners(Tx tx, long orgId, Collection<Long> accounts) {
        Map<Long, List<UserRef>> byAccount = new HashMap<>();
        if (accounts.isEmpty()) return byAccount;
        Sql sql = new Sql().append("select o.account_id, " + OWNER.columns()
            + " from account_owner o join dev_user u on u.id = o.dev_user_id where o.account_id in ")
            .appendList(accounts).append(" order by o.account_id, o.position");
        tx.list(sql, rs -> byAccount.computeIfAbsent(rs.getLong("account_id"), id -> new ArrayList<>())
            .add(OWNER.read(rs, orgId)));
        return byAccount;
    }

    private static Account map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong("org_id");
        return new Account(rs.getLong("id"), orgId, rs.getString("display_name"), rs.getString("description"),
            rs.getString("tier"), rs.getString("custom_fields"), List.of(), List.of(), List.of(), List.of(), List.of(),
            UserRefSql.CREATED_BY.read(rs, orgId), UserRefSql.MODIFIED_BY.read(rs, orgId), rs.getLong("created_date"),
            rs.getLong("modified_date"));
    }
}
