package dev.roster.snapshots;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.http.Json;
import dev.roster.ids.IdKind;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.PageRequest;
import dev.roster.store.StoreException;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshots: a dev org's whole directory (every object, child row, tag, link and association, not
 * its tokens) kept under a name, and restored in one transaction. Every dev org gets one named
 * {@code initial} at its creation, which {@code /_roster/reset} restores.
 */
public final class SnapshotService {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotService.class);
    private final Database db;
    private final Clock clock;
    private final SnapshotStore store = new SnapshotStore();
    private final OrgDataStore data = new OrgDataStore();
    private final ParsedStates parsed = new ParsedStates();

    public SnapshotService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Takes the {@code initial} snapshot of a dev org being created, in its creation's transaction. */
    public void takeInitial(Tx tx, long orgId) {
        store.insert(tx, orgId, SnapshotName.INITIAL, clock.millis(), data.read(tx, orgId))
            .orElseThrow(() -> new IllegalStateException("the new dev org already has an initial snapshot"));
    }

    Snapshot create(Caller caller, String name) {
        SnapshotName.notInitial(name, "overwritten");
        return db.write(tx -> store.insert(tx, caller.orgId(), name, clock.millis(), data.read(tx, caller.orgId()))
            .orElseThrow(() -> nameTaken(name)));
    }

    Snapshot restore(Caller caller, String name) {
        return db.write(tx -> restore(tx, caller.orgId(), name));
    }

    Snapshot reset(Caller caller) {
        return db.write(tx -> {
            if (store.find(tx, caller.orgId(), SnapshotName.INITIAL).isEmpty()) {
                throw ApiError.notFound("this dev org has no 'initial' snapshot: it was created before Roster took one at "
                    + "each dev org's creation, so its state at creation is unknown; take a snapshot with "
                    + "/_roster/snapshots.create and restore it with /_roster/snapshots.restore instead").toException();
            }
            return restore(tx, caller.orgId(), SnapshotName.INITIAL);
        });
    }

    Page<Snapshot> list(Caller caller, PageRequest page) {
        return db.read(tx -> store.list(tx, caller.orgId(), page));
    }

    void delete(Caller caller, String name) {
        SnapshotName.notInitial(name, "deleted");
        db.perform(tx -> {
            if (!store.delete(tx, caller.orgId(), name)) throw notFound(name);
        });
    }

    ObjectNode export(Caller caller, String name) {
        return export(caller.orgId(), name);
    }

    Snapshot importDocument(Caller caller, String name, ObjectNode document) {
        return store(caller.orgId(), name, document);
    }

    /** {@code roster snapshot export}: the snapshot of that dev org as one JSON document. */
    public ObjectNode export(long orgId, String name) {
        String checked = SnapshotName.check("name", name);
        return db.read(tx -> {
            if (!data.exists(tx, orgId)) throw IdKind.DEV_ORG.notFound(orgId);
            Snapshot snapshot = store.find(tx, orgId, checked).orElseThrow(() -> notFound(checked));
            return SnapshotDocument.write(orgId, snapshot, state(tx, orgId, checked));
        });
    }

    /**
     * {@code roster snapshot import}: stores a document under a new name in that dev org, for
     * restore; answers how many objects it holds.
     */
    public long importDocument(long orgId, String name, ObjectNode document) {
        return store(orgId, name, document).objectCount();
    }

    private Snapshot store(long orgId, String name, ObjectNode document) {
        String checked = SnapshotName.notInitial(SnapshotName.check("name", name), "overwritten");
        SnapshotState state = SnapshotDocument.read(document, "document");
        return db.write(tx -> {
            if (!data.lock(tx, orgId)) throw IdKind.DEV_ORG.notFound(orgId);
            return store.insert(tx, orgId, checked, clock.millis(), state).orElseThrow(() -> nameTaken(checked));
        });
    }

    /**
     * Puts the dev org back as the snapshot holds it: its rows are replaced, objects keep their ids
     * where no other dev org holds them, and its tokens stay unless their dev user is gone.
     */
    private Snapshot restore(Tx tx, long orgId, String name) {
        Snapshot snapshot = store.find(tx, orgId, name).orElseThrow(() -> notFound(name));
        SnapshotState state = parsed.get(snapshot.id(), () -> state(tx, orgId, name));
        data.lock(tx, orgId);
        List<OrgDataStore.TokenRow> tokens = data.tokens(tx, orgId);
        data.clear(tx, orgId);
        SnapshotState placed = References.remap(state, data.moves(tx, orgId, state));
        try {
            data.insert(tx, orgId, placed);
        } catch (StoreException e) {
            if (!e.isUniqueViolation() && !e.isForeignKeyViolation()) throw e;
            // The database's own message would name its tables and constraints: it stays in the log.
            LOG.info("snapshot {} of dev org {} breaks a constraint: {}", name, orgId, e.getMessage());
            throw ApiError.valueNotPermitted("name", "snapshot '" + name + "' cannot be restored: its rows break a "
                + "rule of the directory, such as two users with one email").toException();
        }
        Set<Long> devUsers = ids(placed, "dev_user");
        Set<Long> revUsers = ids(placed, "rev_user");
        data.insertTokens(tx, orgId, tokens.stream().filter(t -> devUsers.contains(t.devUserId())
            && (t.revUserId() == null || revUsers.contains(t.revUserId()))).toList());
        // Users' states and tokens may have changed: every process drops what it cached about tokens.
        tx.announceAuthChange();
        return snapshot;
    }

    private static Set<Long> ids(SnapshotState state, String table) {
        Set<Long> ids = new HashSet<>();
        SnapshotTables.table(table).map(state::rows).orElseThrow().forEach(row -> ids.add((Long) row[0]));
        return ids;
    }

    private SnapshotState state(Tx tx, long orgId, String name) {
        String json = store.state(tx, orgId, name).orElseThrow(() -> notFound(name));
        try {
            return SnapshotState.fromJson(Json.MAPPER.readTree(json), "snapshot " + name);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot " + name + " of dev org " + orgId + " is not JSON", e);
        }
    }

    private static RuntimeException notFound(String name) {
        return ApiError.notFound("snapshot", "'" + name + "'").toException();
    }

    private static RuntimeException nameTaken(String name) {
        return ApiError.valueNotPermitted("name", "a snapshot named '" + name + "' already exists in this dev org")
            .toException();
    }
}
