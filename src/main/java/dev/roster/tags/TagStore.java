package dev.roster.tags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.devusers.UserRefSql;
import dev.roster.store.Page;
import dev.roster.store.Pager;
import dev.roster.store.SortColumns;
import dev.roster.store.Stamp;
import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SQL for tags. Names are unique per dev org, case-insensitively, by the {@code tag_name_uq} index. */
final class TagStore {
    /** For the {@code allowed_values} column, a JSON array of strings; the wire's mapper is not the store's. */
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SELECT = """
        select t.id, t.org_id, t.name, t.description, t.allowed_values, t.style_color, t.created_date, t.modified_date,
               %s, %s
        from tag t
        left join dev_user c on c.id = t.created_by
        left join dev_user m on m.id = t.modified_by
        """.formatted(UserRefSql.CREATED_BY.columns(), UserRefSql.MODIFIED_BY.columns());

    private static final SortColumns<Tag> SORT_COLUMNS = new SortColumns<Tag>()
        .and("id", "t.id", Tag::id)
        .and("name", "t.name_key", tag -> key(tag.name()))
        .and("created_date", "t.created_date", Tag::createdDate)
        .and("modified_date", "t.modified_date", Tag::modifiedDate);

    private static String key(String name) { return name.toLowerCase(Locale.ROOT); }

    Optional<Tag> find(Tx tx, long orgId, long id) {
        return tx.first(SELECT + " where t.org_id = ? and t.id = ?", TagStore::map, orgId, id);
    }

    /** Takes the tag's row lock (not one that keeps it from being referred to); false when it does not exist. */
    boolean lock(Tx tx, long orgId, long id) {
        return tx.exists("select 1 from tag where org_id = ? and id = ?" + tx.engine().forUpdate(), orgId, id);
    }

    /** Inserts a tag; empty when the name is taken. */
    Optional<Long> insert(Tx tx, Stamp stamp, CreateTag tag) {
        return tx.first("""
            insert into tag (org_id, name, name_key, description, allowed_values, style_color,
                             created_by, modified_by, created_date, modified_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing
            returning id""", rs -> rs.getLong("id"),
            stamp.orgId(), tag.name(), key(tag.name()), tag.description(), json(tag.allowedValues()), tag.color(),
            stamp.userId(), stamp.userId(), stamp.at(), stamp.at());
    }

    /** Applies a change; false when the new name is taken by another tag (the unique index says so). */
    boolean update(Tx tx, Stamp stamp, UpdateTag change) {
        Sql sql = new Sql().append("update tag set modified_by = ?, modified_date = ?", stamp.userId(), stamp.at());
        change.name().ifPresent(name -> sql.append(", name = ?, name_key = ?", name, key(name)));
        change.description().ifPresent(d -> sql.append(", description = ?", d));
        change.allowedValues().ifPresent(v -> sql.append(", allowed_values = ?", json(v)));
        change.color().ifPresent(c -> sql.append(", style_color = ?", c));
        sql.append(" where org_id = ? and id = ?", stamp.orgId(), change.id());
        return tx.updateUnlessDuplicate(sql);
    }

    boolean delete(Tx tx, long orgId, long id) {
        return tx.update("delete from tag where org_id = ? and id = ?", orgId, id) == 1;
    }

    Page<Tag> list(Tx tx, long orgId, TagQuery query) {
        Sql select = new Sql().append(SELECT + " where t.org_id = ?", orgId);
        query.names().ifPresent(names -> select.append(" and t.name_key in ").appendList(names));
        return Pager.fetch(tx, select, query.page(), SORT_COLUMNS, TagStore::map);
    }

    private static Tag map(ResultSet rs) throws SQLException {
        long orgId = rs.getLong("org_id");
        return new Tag(rs.getLong("id"), orgId, rs.getString("name"), rs.getString("description"),
            parse(rs.getString("allowed_values")), rs.getString("style_color"),
            UserRefSql.CREATED_BY.read(rs, orgId), UserRefSql.MODIFIED_BY.read(rs, orgId), rs.getLong("created_date"), rs.getLong("modified_date"));
    }

    private static String json(List<String> values) {
        if (values == null) return null;
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> parse(String json) {
        if (json == null) return null;
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt allowed_values", e);
        }
    }
}
