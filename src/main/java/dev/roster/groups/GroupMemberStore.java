package dev.roster.groups;

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

/**
 * SQL for group memberships. The primary key {@code (group_id, member_id)} keeps a member in a group
 * once, however many requests add it at the same time. A list shows each member's summary from the
 * same query, joining the user tables as {@code UserRefSql} does for authors.
 */
final class GroupMemberStore {
    private static final String SELECT = """
        select gm.org_id, gm.group_id, gm.member_type, gm.member_id, gm.created_date,
               d.display_name as d_display_name, d.email as d_email, d.full_name as d_full_name, d.state as d_state,
               r.display_name as r_display_name, r.email as r_email, r.external_ref as r_external_ref,
               r.rev_org_id as r_rev_org_id, o.display_name as o_display_name
        from group_member gm
        left join dev_user d on gm.member_type = 'dev_user' and d.id = gm.member_id
        left join rev_user r on gm.member_type = 'rev_user' and r.id = gm.member_id
        left join rev_org o on o.id = r.rev_org_id
        """;

    private static final SortColumns<Member> SORT_COLUMNS = new SortColumns<Member>()
        .and("id", "gm.member_id", Member::id)
        .and("created_date", "gm.created_date", Member::addedDate);

    /** Adds a member; false when it already was one. */
    boolean add(Tx tx, long orgId, long groupId, MemberType type, long memberId, long at) {
        return tx.update("""
            insert into group_member (org_id, group_id, member_type, member_id, created_date)
            values (?, ?, ?, ?, ?)
            on conflict do nothing""", orgId, groupId, type.wire(), memberId, at) == 1;
    }

    /** Removes a member; false when it was none. */
    boolean remove(Tx tx, long orgId, long groupId, long memberId) {
        return tx.update("delete from group_member where org_id = ? and group_id = ? and member_id = ?",
            orgId, groupId, memberId) == 1;
    }

    Optional<Member> find(Tx tx, long orgId, long groupId, long memberId) {
        return tx.first(SELECT + " where gm.org_id = ? and gm.group_id = ? and gm.member_id = ?", GroupMemberStore::map,
            orgId, groupId, memberId);
    }

    /** Every membership of a user, in group order. */
    List<Member> membershipsOf(Tx tx, long orgId, MemberType type, long memberId) {
        return tx.list(SELECT + " where gm.org_id = ? and gm.member_type = ? and gm.member_id = ? order by gm.group_id",
            GroupMemberStore::map, orgId, type.wire(), memberId);
    }

    Page<Member> page(Tx tx, long orgId, long groupId, PageRequest page) {
        Sql select = new Sql().append(SELECT + " where gm.org_id = ? and gm.group_id = ?", orgId, groupId);
        return Pager.fetch(tx, select, page, SORT_COLUMNS, GroupMemberStore::map);
    }

    /** The user leaves every group. */
    void removeAll(Tx tx, long orgId, MemberType type, long memberId) {
        tx.update("delete from group_member where org_id = ? and member_type = ? and member_id = ?",
            orgId, type.wire(), memberId);
    }

    /** {@code from}'s memberships become {@code to}'s, except in groups {@code to} is already in. */
    void move(Tx tx, long orgId, MemberType type, long from, long to) {
        tx.update("""
            insert into group_member (org_id, group_id, member_type, member_id, created_date)
            select org_id, group_id, member_type, ?, created_date from group_member
            where org_id = ? and member_type = ? and member_id = ?
            on conflict do nothing""", to, orgId, type.wire(), from);
        removeAll(tx, orgId, type, from);
    }

    private static Member map(ResultSet rs) throws SQLException {
        MemberType type = MemberType.of(rs.getString("member_type"));
        boolean dev = type == MemberType.DEV_USER;
        long revOrg = rs.getLong("r_rev_org_id");
        Long revOrgId = rs.wasNull() ? null : revOrg;
        return new Member(rs.getLong("org_id"), rs.getLong("group_id"), type, rs.getLong("member_id"),
            rs.getString(dev ? "d_display_name" : "r_display_name"), rs.getString(dev ? "d_email" : "r_email"),
            dev ? rs.getString("d_full_name") : null, dev ? rs.getString("d_state") : null,
            dev ? null : rs.getString("r_external_ref"), revOrgId, rs.getString("o_display_name"),
            rs.getLong("created_date"));
    }
}
