package dev.roster.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A child table holding an ordered list of text values per owner row (an account's domains, a rev
 * user's phone numbers). Where the table has a unique constraint across owners, {@link #replace}
 * reports the first value another owner holds instead of failing: the constraint decides.
 */
public final class ValueList {
    private final String table;
    private final String ownerColumn;
    private final String valueColumn;

    /** Names come from code only; they are never taken from input. */
    public ValueList(String table, String ownerColumn, String valueColumn) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.valueColumn = valueColumn;
    }

    /** A value another owner already holds. */
    public record Taken(String value, long owner) {}

    /** The values of several owners, in their order, in one query. */
    public Map<Long, List<String>> of(Tx tx, Collection<Long> owners) {
        Map<Long, List<String>> byOwner = new HashMap<>();
        if (owners.isEmpty()) return byOwner;
        Sql sql = new Sql().append("select " + ownerColumn + ", " + valueColumn + " from " + table
            + " where " + ownerColumn + " in ").appendList(owners).append(" order by " + ownerColumn + ", position");
        tx.list(sql, rs -> byOwner.computeIfAbsent(rs.getLong(ownerColumn), id -> new ArrayList<>())
            .add(rs.getString(valueColumn)));
        return byOwner;
    }

    /** Replaces an owner's values; answers the first value another owner holds, leaving the rest to roll back. */
    public Optional<Taken> replace(Tx tx, long orgId, long owner, List<String> values) {
        tx.update("delete from " + table + " where " + ownerColumn + " = ?", owner);
        return add(tx, orgId, owner, values, 0);
    }

    /** Appends values after position {@code start}; values the owner already has are skipped. */
    public Optional<Taken> add(Tx tx, long orgId, long owner, List<String> values, int start) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            int inserted = tx.update("insert into " + table + " (org_id, " + ownerColumn + ", " + valueColumn
                + ", position) values (?, ?, ?, ?) on conflict do nothing", orgId, owner, value, start + i);
            if (inserted == 0 && !holds(tx, owner, value)) {
                Optional<Long> holder = holder(tx, orgId, value);
                if (holder.isPresent()) return Optional.of(new Taken(value, holder.get()));
            }
        }
        return Optional.empty();
    }

    /** Moves all of {@code from}'s values to {@code to}, after {@code to}'s own; duplicates collapse. */
    public void moveAll(Tx tx, long orgId, long from, long to) {
        List<String> values = of(tx, List.of(from)).getOrDefault(from, List.of());
        int start = of(tx, List.of(to)).getOrDefault(to, List.of()).size();
        tx.update("delete from " + table + " where " + ownerColumn + " = ?", from);
        add(tx, orgId, to, values, start);
    }

    public void removeAll(Tx tx, long owner) {
        tx.update("delete from " + table + " where " + ownerColumn + " = ?", owner);
    }

    /** Whether {@code owner} already has {@code value}: the conflict was its own, not another owner's. */
    private boolean holds(Tx tx, long owner, String value) {
        return tx.exists("select 1 from " + table + " where " + ownerColumn + " = ? and " + valueColumn + " = ?", owner, value);
    }

    private Optional<Long> holder(Tx tx, long orgId, String value) {
        return tx.first("select " + ownerColumn + " from " + table + " where org_id = ? and " + valueColumn + " = ?",
            rs -> rs.getLong(ownerColumn), orgId, value);
    }

    /** Narrows a select to owners holding any of {@code values}; {@code idColumn} is the owner's id. */
    public void appendFilter(Sql select, long orgId, String idColumn, List<String> values) {
        select.append(" and " + idColumn + " in (select " + ownerColumn + " from " + table + " where org_id = ? and "
            + valueColumn + " in ", orgId).appendList(values)
            .append(")");
    }
}
