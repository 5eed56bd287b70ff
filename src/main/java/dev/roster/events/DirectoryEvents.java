package dev.roster.events;

import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.store.Tx;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of changes to directory objects, in DevRev's shapes: {@code X_created {X}}, {@code
 * X_updated {X, old_X}}, {@code X_deleted {id, old_X}} and {@code group_member_added|removed {group,
 * member}}. Services call it in the change's transaction with the objects rendered as the API
 * renders them, before and after the change.
 */
public final class DirectoryEvents {
    private final EventOutbox outbox;
    private final EventScrubStore scrubs = new EventScrubStore();

    public DirectoryEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    public void created(Tx tx, long orgId, IdKind kind, long id, Object object) {
        ObjectFamily family = ObjectFamily.of(kind);
        outbox.emit(tx, orgId, family.created(), Ids.don(kind, orgId, id), Map.of(family.key(), object));
    }

    public void updated(Tx tx, long orgId, IdKind kind, long id, Object old, Object now) {
        ObjectFamily family = ObjectFamily.of(kind);
        outbox.emit(tx, orgId, family.updated(), Ids.don(kind, orgId, id), body(family.key(), now, "old_" + family.key(), old));
    }

    public void deleted(Tx tx, long orgId, IdKind kind, long id, Object old) {
        ObjectFamily family = ObjectFamily.of(kind);
        String don = Ids.don(kind, orgId, id);
        outbox.emit(tx, orgId, family.deleted(), don, body("id", don, "old_" + family.key(), old));
    }

    /** A deletion whose event must carry the id alone: the erasure of a rev user's personal data. */
    public void erased(Tx tx, long orgId, IdKind kind, long id) {
        String don = Ids.don(kind, orgId, id);
        outbox.emit(tx, orgId, ObjectFamily.of(kind).deleted(), don, Map.of("id", don));
    }

    /** Group membership events are about the group: they are ordered with its other events. */
    public void memberAdded(Tx tx, long orgId, long groupId, Object group, Object member) {
        outbox.emit(tx, orgId, EventType.GROUP_MEMBER_ADDED, Ids.don(IdKind.GROUP, orgId, groupId),
            body("group", group, "member", member));
    }

    public void memberRemoved(Tx tx, long orgId, long groupId, Object group, Object member) {
        outbox.emit(tx, orgId, EventType.GROUP_MEMBER_REMOVED, Ids.don(IdKind.GROUP, orgId, groupId),
            body("group", group, "member", member));
    }

    /**
     * Strips the personal data of erased objects from the events already stored: each object in an
     * event's payload whose id is one of {@code objectDons} keeps only its type, id and display id.
     * Runs even while muted: erasure must reach every event, whoever wrote it.
     */
    public void scrub(Tx tx, long orgId, List<String> objectDons) {
        objectDons.forEach(don -> scrubs.scrub(tx, orgId, don));
    }

    /** A body of two fields in this order, so that the same change always has the same bytes. */
    private static Map<String, Object> body(String first, Object firstValue, String second, Object secondValue) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(first, firstValue);
        body.put(second, secondValue);
        return body;
    }
}
