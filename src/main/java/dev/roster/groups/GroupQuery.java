package dev.roster.groups;

import dev.roster.http.ListParams;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.PageRequest;
import dev.roster.store.SortKey;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code groups.list}: the filters, then the page. Every Roster group is static, custom (not a
 * default group), made through the API and never synced, so a filter asking only for dynamic,
 * default, ingested or synced groups finds nothing.
 */
record GroupQuery(Optional<List<String>> names, Optional<List<MemberType>> memberTypes, Optional<List<Long>> createdBy,
                  boolean findsNothing, PageRequest page) {
    static final SortKey TIEBREAK = new SortKey("id", false, true);
    static final Map<String, SortKey> SORTABLE = Map.of(
        "name", new SortKey("name", false, false),
        "created_date", new SortKey("created_date", false, true),
        "modified_date", new SortKey("modified_date", false, true));

    private static final Shape SYNC_IN = Shape.of().strings("status").object("sync_date", Shape.of()).strings("sync_history")
        .strings("sync_unit");
    private static final Shape SYNC_METADATA = Shape.of().object("sync_metadata", Shape.of()
        .strings("external_reference").object("last_sync_in", SYNC_IN).object("last_sync_out", SYNC_IN)
        .strings("origin_system"));

    static GroupQuery parse(RequestBody body, long orgId) {
        body.check(SYNC_METADATA);
        Optional<List<String>> names = body.strings("name")
            .map(list -> list.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        Optional<List<MemberType>> memberTypes = body.strings("member_type").map(list -> list.stream()
            .map(t -> RequestBody.parseEnum("member_type", t, MemberType.class, MemberType::wire)).toList());
        Optional<List<GroupType>> groupTypes = body.strings("group_type").map(list -> list.stream()
            .map(t -> RequestBody.parseEnum("group_type", t, GroupType.class, GroupType::wire)).toList());
        Optional<List<IngestionSource>> sources = body.strings("ingestion_source").map(list -> list.stream()
            .map(t -> RequestBody.parseEnum("ingestion_source", t, IngestionSource.class, IngestionSource::wire)).toList());
        Optional<List<Long>> createdBy = body.strings("created_by").map(list -> list.stream()
            .map(id -> IdParser.parse("created_by", id, IdKind.DEV_USER, orgId)).toList());
        boolean findsNothing = groupTypes.filter(types -> !types.isEmpty() && !types.contains(GroupType.STATIC)).isPresent()
            || body.bool("is_default").orElse(false)
            || sources.filter(s -> !s.isEmpty()).isPresent()
            || asksForSynced(body.object("sync_metadata"));
        String filter = List.of(names, memberTypes, createdBy, findsNothing).toString();
        PageRequest page = ListParams.parse(body, SORTABLE, List.of("name:asc"), TIEBREAK, filter);
        return new GroupQuery(names, memberTypes, createdBy, findsNothing, page);
    }

    private static boolean asksForSynced(Optional<RequestBody> sync) {
        return asks(sync, List.of("external_reference", "origin_system"))
            || asks(sync.flatMap(s -> s.object("last_sync_in")), List.of("status", "sync_history", "sync_unit"))
            || asks(sync.flatMap(s -> s.object("last_sync_out")), List.of("status", "sync_history", "sync_unit"));
    }

    /** Whether any of these arrays of {@code filter} is given with items. */
    private static boolean asks(Optional<RequestBody> filter, List<String> arrays) {
        return filter.map(f -> arrays.stream().anyMatch(a -> f.strings(a).filter(l -> !l.isEmpty()).isPresent()))
            .orElse(false);
    }

    /** The contract's group-ingestion-source: Roster ingests no groups. */
    enum IngestionSource {
        AIRDROP("airdrop"), SCIM("scim");

        private final String wire;

        IngestionSource(String wire) { this.wire = wire; }

        String wire() { return wire; }
    }
}
