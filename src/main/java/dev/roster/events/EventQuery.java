package dev.roster.events;

import dev.roster.errors.ApiError;
import dev.roster.http.DateFilter;
import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.ids.Ids;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;
import java.util.Optional;

/** {@code events.list}'s filters (each optional) and paging; events come newest first, always. */
record EventQuery(Optional<List<EventType>> types, Optional<String> objectDon, Optional<DateFilter> createdDate,
                  PageRequest page) {
    static final List<SortKey> NEWEST_FIRST = List.of(new SortKey("id", true, true));
    /** The kinds of object events are about. */
    private static final List<IdKind> OBJECT_KINDS = List.of(IdKind.ACCOUNT, IdKind.DEV_USER, IdKind.GROUP,
        IdKind.REV_ORG, IdKind.REV_USER, IdKind.TAG, IdKind.WEBHOOK);

    static EventQuery parse(RequestBody body, long orgId) {
        Optional<List<EventType>> types = body.strings("type").map(list -> list.stream().map(EventQuery::type).toList());
        Optional<String> object = body.string("object").map(text -> objectDon(text, orgId));
        Optional<DateFilter> created = DateFilter.read(body, "created_date");
        String filter = "events|" + List.of(types, object, created);
        return new EventQuery(types, object, created, ListParams.parse(body, NEWEST_FIRST, filter));
    }

    private static EventType type(String wire) {
        return EventType.ofWire(wire)
            .orElseThrow(() -> ApiError.invalidEnum("type", wire, EventType.wireNames()).toException());
    }

    /** The DON events name the object by, whichever of its ids was given; another dev org's is not found. */
    private static String objectDon(String text, long orgId) {
        IdParser.Parsed parsed = IdParser.parse("object", text);
        if (!OBJECT_KINDS.contains(parsed.kind())) {
            throw new ApiError.UnexpectedIdType("object", "object: expected the ID of an object events are about (an "
                + String.join(", ", OBJECT_KINDS.stream().map(IdKind::noun).toList()) + "), got a "
                + parsed.kind().noun() + " ID").toException();
        }
        if (parsed.orgId().isPresent() && parsed.orgId().get() != orgId) {
            throw ApiError.notFound(parsed.kind().noun(), text).toException();
        }
        return Ids.don(parsed.kind(), orgId, parsed.number());
    }
}
