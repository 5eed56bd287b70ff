package dev.roster.tags;

import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.events.DirectoryEvents;
import dev.roster.ids.IdKind;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tags: their own operations, and the public methods through which accounts, rev orgs and rev users
 * put tags on themselves and load them, inside the caller's transaction. Their stores filter by tags
 * and pack them into their own selects with {@link TagSql}.
 */
public final class TagService {
    private final Database db;
    private final Clock clock;
    private final DirectoryEvents events;
    private final TagStore store = new TagStore();
    private final ObjectTagStore objectTags = new ObjectTagStore();

    public TagService(Database db, Clock clock, DirectoryEvents events) {
        this.db = db;
        this.events = events;
        this.clock = clock;
    }

    Tag create(Caller caller, CreateTag command) {
        return db.write(tx -> {
            long id = store.insert(tx, caller.stamp(clock), command).orElseThrow(() -> nameTaken(command.name()));
            Tag created = store.find(tx, caller.orgId(), id).orElseThrow();
            events.created(tx, caller.orgId(), IdKind.TAG, id, TagJson.from(created));
            return created;
        });
    }

    Tag get(Caller caller, long id) {
        return db.read(tx -> require(tx, caller.orgId(), id));
    }

    Page<Tag> list(Caller caller, TagQuery query) {
        return db.read(tx -> store.list(tx, caller.orgId(), query));
    }

    Tag update(Caller caller, UpdateTag change) {
        return db.write(tx -> {
            Tag old = lockAndRequire(tx, caller.orgId(), change.id());
            if (!store.update(tx, caller.stamp(clock), change)) {
                throw nameTaken(change.name().orElseThrow());
            }
            Tag now = store.find(tx, caller.orgId(), change.id()).orElseThrow();
            events.updated(tx, caller.orgId(), IdKind.TAG, now.id(), TagJson.from(old), TagJson.from(now));
            return now;
        });
    }

    void delete(Caller caller, long id) {
        db.perform(tx -> {
            Tag old = lockAndRequire(tx, caller.orgId(), id);
            // The objects that carried the tag send no updates of their own: tag_deleted says it is gone from all.
            objectTags.removeTag(tx, caller.orgId(), id);
            store.delete(tx, caller.orgId(), id);
            events.deleted(tx, caller.orgId(), IdKind.TAG, id, TagJson.from(old));
        });
    }

    /** Replaces an object's tags, after checking each tag exists and each value is allowed. */
    public void replaceTags(Tx tx, long orgId, TaggedKind kind, long objectId, List<SetTag> tags) {
        check(tx, orgId, tags);
        objectTags.replace(tx, orgId, kind, objectId, tags);
    }

    /** Tags an object created in this transaction, which has none yet to replace. */
    public void tagNew(Tx tx, long orgId, TaggedKind kind, long objectId, List<SetTag> tags) {
        check(tx, orgId, tags);
        objectTags.insert(tx, orgId, kind, objectId, tags);
    }

    private void check(Tx tx, long orgId, List<SetTag> tags) {
        for (SetTag set : tags) {
            Tag tag = require(tx, orgId, set.tagId());
            // The contract: a tag whose allowed values are empty takes no value at all.
            List<String> allowed = tag.allowedValues() == null ? List.of() : tag.allowedValues();
            if (set.value() != null && allowed.isEmpty()) {
                throw ApiError.valueNotPermitted("tags", "tag " + tag.name() + " has no allowed values, so it takes no value; "
                    + "got '" + set.value() + "'").toException();
            }
            if (set.value() != null && !allowed.contains(set.value())) {
                throw ApiError.valueNotPermitted("tags", "'" + set.value() + "' is not an allowed value of tag "
                    + tag.name() + "; allowed: " + String.join(", ", allowed)).toException();
            }
        }
    }

    /** The tags of several objects in one query, by object id; an object without tags is absent. */
    public Map<Long, List<TagOnObject>> tagsOf(Tx tx, long orgId, TaggedKind kind, Collection<Long> objectIds) {
        return objectTags.of(tx, orgId, kind, objectIds);
    }

    /** Moves {@code from}'s tags onto {@code to}, keeping {@code to}'s value where both carry a tag. */
    public void mergeTags(Tx tx, TaggedKind kind, long from, long to) {
        objectTags.union(tx, kind, from, to);
    }

    public void removeTags(Tx tx, TaggedKind kind, long objectId) {
        objectTags.removeAll(tx, kind, objectId);
    }

    /** The tag, locked before it is read: its event's old tag is what the last committed change left. */
    private Tag lockAndRequire(Tx tx, long orgId, long id) {
        if (!store.lock(tx, orgId, id)) throw IdKind.TAG.notFound(id);
        return require(tx, orgId, id);
    }

    private Tag require(Tx tx, long orgId, long id) {
        return store.find(tx, orgId, id).orElseThrow(() -> IdKind.TAG.notFound(id));
    }

    private static RuntimeException nameTaken(String name) {
        return ApiError.valueNotPermitted("name", "a tag named '" + name + "' already exists (names are case-insensitive)")
            .toException();
    }
}
