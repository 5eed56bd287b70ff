package dev.roster.tags;

import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SQL for the tags objects carry. */
final class ObjectTagStore {
    Map<Long, List<TagOnObject>> of(Tx tx, long orgId, TaggedKind kind, Collection<Long> objectIds) {
        Map<Long, List<TagOnObject>> byObject = new HashMap<>();
        if (objectIds.isEmpty()) return byObject;
        Sql sql = new Sql().append("""
            select o.object_id, t.id as tag_id, t.name, t.style_color, o.tag_value
            from object_tag o join tag t on t.id = o.tag_id
            where o.org_id = ? and o.object_kind = ? and o.object_id in """, orgId, kind.stored)
            .appendList(objectIds).append(" order by o.object_id, o.position");
        tx.list(sql, rs -> byObject.computeIfAbsent(rs.getLong("object_id"), id -> new ArrayList<>())
            .add(new TagOnObject(rs.getLong("tag_id"), rs.getString("name"), rs.getString("style_color"),
                rs.getString("tag_value"))));
        return byObject;
    }

    void replace(Tx tx, long orgId, TaggedKind kind, long objectId, List<SetTag> tags) {
        tx.update("delete from object_tag where object_kind = ? and object_id = ?", kind.stored, objectId);
        insert(tx, orgId, kind, objectId, tags);
    }

    void insert(Tx tx, long orgId, TaggedKind kind, long objectId, List<SetTag> tags) {
        for (int i = 0; i < tags.size(); i++) {
            tx.update("insert into object_tag (org_id, object_kind, object_id, tag_id, tag_value, position) "
                + "values (?, ?, ?, ?, ?, ?)", orgId, kind.stored, objectId, tags.get(i).tagId(), tags.get(i).value(), i);
        }
    }

    /** Adds the tags of {@code from} that {@code to} lacks, after its own. */
    void union(Tx tx, TaggedKind kind, long from, long to) {
        tx.update("""
            insert into object_tag (org_id, object_kind, object_id, tag_id, tag_value, position)
            select org_id, object_kind, ?, tag_id, tag_value, position + 1000000 from object_tag
            where object_kind = ? and object_id = ?
            on conflict do nothing""", to, kind.stored, from);
        removeAll(tx, kind, from);
    }

    void removeAll(Tx tx, TaggedKind kind, long objectId) {
        tx.update("delete from object_tag where object_kind = ? and object_id = ?", kind.stored, objectId);
    }

    void removeTag(Tx tx, long orgId, long tagId) {
        tx.update("delete from object_tag where org_id = ? and tag_id = ?", orgId, tagId);
    }
}
