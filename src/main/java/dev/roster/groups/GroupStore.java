package dev.roster.groups;

import dev.roster.devusers.UserRefSql;
import dev.roster.store.Page;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Sql;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SQL for groups. Names are unique per dev org, case-insensitively, by the {@code user_group_name_uq} index. */
final class GroupStore {
    private static final UserRefSql OWNER = new UserRefSql("o");
    private static final String SELECT = """
        select g.id, g.org_id, g.name, g.description, g.member_type, g.created_date, g.modified_date, %s, %s, %s
        from user_group g
        left join dev_user o on o.id = g.owner_id
        left join dev_user c on c.id = g.created_by
        left join dev_user m on m.id = g.modified_by
        """.formatted(OWNER.columns(), UserRefSql.CREATED_BY.columns(), UserRefSql.MODIFIED_BY.columns());

    private static final SortColumns<Group> SORT_COLUMNS = new SortColumns<Group>()
        .and("id", "g.id", Group::id)
        .and("name", "g.name_key", group -> key(group.name()))
        .and("created_date", "g.created_date", Group::createdDate)
        .and("modified_date", "g.modified_date", Group::modifiedDate);

    private static String key(String name) { return name.toLowerCase(Locale.ROOT); }

    Optional<Group> find(Tx tx, long orgId, long id) {
        return tx.first(SELECT + " where g.org_id = ? and g.id = ?", GroupStore::map, orgId, id);
    }

    /** Takes the group's row lock (not one that keeps it from being referred to); false when it does not exist. */
    boolean lock(Tx tx, long orgId, long id) {
        return tx.exists("select 1 from user_group where org_id = ? and id = ?" + tx.engine().forUpdate(), orgId, id);
    }

    /** The group holding a name (case-insensitively), to explain a conflict. */
    Optional<Long> findIdByName(Tx tx, long orgId, String name) {
        return tx.first("select id from user_group where org_id = ? and name_key = ?", rs -> rs.getLong("id"), orgId, key(name));
    }

    /** Inserts a group; empty when the name is taken. */
    Optional<Long> insert(Tx tx, Stamp stamp, CreateGroup group) {
        return tx.first("""
            insert into user_group (org_id, name, name_key, description, member_type, owner_id,
                                    created_by, modified_by, created_date, modified_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            returning id""", rs -> rs.getLong("id"),
            stamp.orgId(), group.name(), key(group.name()), group.description(), group.memberType().wire(), group.owner(),
            stamp.userId(), stamp.userId(), stamp.at(), stamp.at());
    }

    /** Applies a change; false when the new name is taken by another group (the unique index says so). */
    boolean update(Tx tx, Stamp stamp, UpdateGroup change) {
        Sql sql = new Sql().append("update user_group set modified_by = ?, modified_date = ?", stamp.userId(), stamp.at());
        change.name().ifPresent(name -> sql.append(", name = ?, name_key = ?", name, key(name)));
        change.description().ifPresent(d -> sql.append(", description = ?", d));
        change.owner().ifPresent(owner -> sql.append(", owner_id = ?", owner));
        if (change.clearsOwner()) sql.append(", owner_id = null");
        sql.append(" where org_id = ? and id = ?", stamp.orgId(), change.id());
        return tx.updateUnlessDuplicate(sql);
    }

    Page<Group> list(Tx tx, long orgId, GroupQuery query) {
        Sql select = new Sql().append(SELECT + " where g.org_id = ?", orgId);
        if (query.findsNothing()) select.append(" and 1 = 0");
        query.names().ifPresent(names -> select.append(" and g.name_key in ").appendList(names));
        query.memberTypes().ifPresent(types -> select.append(" and g.member_type in ")
            .appendList(types.stream().map(MemberType::wire).toList()));
        query.createdBy().ifPresent(ids -> select.append(" and g.created_by in ").appendList(ids));
        return Pager.fetch(tx, select, query.page(), SORT_COLUMNS, GroupStore::map);
    }

    /** The groups a dev user owns, in id order. */
    List<Group> ownedBy(Tx tx, long orgId, long owner) {
        return tx.list(SELECT + " where g.org_id = ? and g.owner_id = ? order by g.id", GroupStore::map, orgId, owner);
    }

    /** The groups a merged dev user owned pass to the user it was merged into. */
    void moveOwner(Tx tx, long orgId, long from, long to) {
        tx.update("update user_group set owner_id = ? where org_id = ? and owner_id = ?", to, orgId, from);
    }

    private static Group map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong("org_id");
        return new Group(rs.getLong("id"), orgId, rs.getString("name"), rs.getString("description"),
            MemberType.of(rs.getString("member_type")), OWNER.read(rs, orgId), UserRefSql.CREATED_BY.read(rs, orgId),
            UserRefSql.MODIFIED_BY.read(rs, orgId), rs.getLong("created_date"), rs.getLong("modified_date"));
    }
}
