package dev.roster.tags;

import dev.roster.store.Engine;
import dev.roster.store.JsonRows;
import dev.roster.store.Sql;
import java.util.List;

/**
 * How other features' queries reach the tags their objects carry in the same statement: as a packed
 * column of a select ({@link #column}, read with {@link #read}) or as a filter ({@link #appendFilter}).
 */
public final class TagSql {
    private TagSql() {}

    /** An object's tags packed as JSON, in their order; {@code idColumn} is the object's id. */
    public static String column(Engine engine, TaggedKind kind, String idColumn) {
        return engine.jsonArrayAgg("t.id, t.name, t.style_color, o.tag_value",
            "from object_tag o join tag t on t.id = o.tag_id where o.object_kind = '" + kind.stored + "' and o.object_id = "
                + idColumn, "o.position");
    }

    /** The tags {@link #column} packed. */
    public static List<TagOnObject> read(String json) {
        return JsonRows.read(json, row -> new TagOnObject(row.get(0).asLong(), JsonRows.text(row, 1), JsonRows.text(row, 2),
            JsonRows.text(row, 3)));
    }

    /** Narrows a select to objects carrying any of {@code tagIds}; {@code idColumn} is the object's id. */
    public static void appendFilter(Sql select, long orgId, TaggedKind kind, String idColumn, List<Long> tagIds) {
        select.append(" and " + idColumn + " in (select object_id from object_tag where org_id = ? and object_kind = ? "
            + "and tag_id in ", orgId, kind.stored)
            .appendList(tagIds).append(")");
    }
}
