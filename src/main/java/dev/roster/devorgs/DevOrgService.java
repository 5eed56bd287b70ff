package dev.roster.devorgs;

import dev.roster.auth.Caller;
import dev.roster.auth.Scope;
import dev.roster.auth.TokenService;
import dev.roster.devusers.DevUserService;
import dev.roster.errors.ApiError;
import dev.roster.events.EventOutbox;
import dev.roster.fixtures.FixtureResponses;
import dev.roster.fixtures.FixtureService;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.ids.Ids;
import dev.roster.snapshots.SnapshotService;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.PageRequest;
import dev.roster.store.Tx;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/**
 * Dev orgs: the tenants. Each is made with its first, active admin, an admin token and its
 * {@code initial} snapshot (what {@code /_roster/reset} restores), in one transaction: by bootstrap
 * on an empty store, and by the operator ({@code /_roster/dev-orgs.*}, {@code roster dev-org}). The
 * contract has no operation for them.
 */
public final class DevOrgService {
    private final Database db;
    private final Clock clock;
    private final DevUserService devUsers;
    private final TokenService tokens;
    private final FixtureService fixtures;
    private final SnapshotService snapshots;
    private final DevOrgStore store = new DevOrgStore();
    private final List<LongConsumer> onDelete = new CopyOnWriteArrayList<>();

    public DevOrgService(Database db, Clock clock, DevUserService devUsers, TokenService tokens, FixtureService fixtures,
                         SnapshotService snapshots) {
        this.db = db;
        this.clock = clock;
        this.devUsers = devUsers;
        this.tokens = tokens;
        this.fixtures = fixtures;
        this.snapshots = snapshots;
    }

    public CreatedDevOrg create(CreateDevOrg command) {
        return db.writeAsOne(tx -> create(tx, command));
    }

    /** Creates the default dev org (the first, the CLI's) unless the store has a dev org already. */
    public Optional<CreatedDevOrg> createDefault(CreateDevOrg command) {
        return db.writeAsOne(tx -> store.findDefault(tx).isPresent() ? Optional.empty() : Optional.of(create(tx, command)));
    }

    /**
     * Callers run this in {@link Database#writeAsOne}, so that the fixture's operations, which begin
     * transactions of their own, join this one: a fixture that fails leaves no org behind.
     */
    private CreatedDevOrg create(Tx tx, CreateDevOrg command) {
        // The operator's creation, admin and fixture included, is no change a dev org's webhooks hear of.
        return EventOutbox.muted(() -> createMuted(tx, command));
    }

    private CreatedDevOrg createMuted(Tx tx, CreateDevOrg command) {
        long now = clock.millis();
        long id = store.insert(tx, command.displayName(), command.slug(), now);
        long admin = devUsers.createAdmin(tx, id, command.adminEmail());
        String token = command.token().map(secret -> tokens.issue(tx, id, admin, Scope.ADMIN, secret))
            .orElseGet(() -> tokens.issue(tx, id, admin, Scope.ADMIN));
        Optional<FixtureResponses.Applied> fixture = command.fixture()
            .map(name -> fixtures.apply(new Caller(id, admin, Scope.ADMIN), name));
        // The state a reset goes back to: the org as made, with its fixture.
        snapshots.takeInitial(tx, id);
        return new CreatedDevOrg(new DevOrg(id, command.displayName(), command.slug(), now), admin, token, fixture);
    }

    /** {@code roster dev-org create}: the fields and the answer of {@code dev-orgs.create}. */
    public DevOrgResponses.Created create(RequestBody request) {
        return create(NewDevOrg.parse(request));
    }

    /**
     * The operator's create: a dev org named "Dev org <n>" unless named, with a slug no other org can
     * have, its admin as dev-users.get answers it, and the admin's token.
     */
    DevOrgResponses.Created create(NewDevOrg command) {
        return db.writeAsOne(tx -> {
            CreatedDevOrg created = create(tx, new CreateDevOrg(command.displayName().orElse("Dev org"),
                "devo-" + UUID.randomUUID(), command.adminEmail(), Optional.empty(), command.fixture()));
            DevOrg org = created.org();
            if (command.displayName().isEmpty()) {
                org = new DevOrg(org.id(), "Dev org " + org.id(), org.slug(), org.createdDate());
                store.rename(tx, org.id(), org.displayName());
            }
            return new DevOrgResponses.Created(DevOrgJson.from(org), devUsers.json(tx, org.id(), created.adminId()),
                created.token(), created.fixture().orElse(null));
        });
    }

    /** The caller's own dev org ({@code dev-orgs.get}). */
    DevOrg get(Caller caller) {
        return db.read(tx -> store.find(tx, caller.orgId())).orElseThrow(() -> IdKind.DEV_ORG.notFound(caller.orgId()));
    }

    /** A dev org as {@code dev-orgs.get} shows it, inside the caller's transaction. */
    public DevOrgJson json(Tx tx, long orgId) {
        return DevOrgJson.from(store.find(tx, orgId).orElseThrow(() -> IdKind.DEV_ORG.notFound(orgId)));
    }

    /**
     * Holds the dev org's row until the transaction ends, against others that hold it so (not against
     * ordinary writes): find-or-create sequences in one dev org then run one at a time.
     */
    public void lockForProvisioning(Tx tx, long orgId) {
        if (!store.lock(tx, orgId)) throw IdKind.DEV_ORG.notFound(orgId);
    }

    Page<DevOrg> list(PageRequest page) {
        return db.read(tx -> store.list(tx, page));
    }

    /**
     * Deletes a dev org with everything in it, in one transaction; its tokens stop working at once, in
     * every process. The default dev org is refused: the token CLI and bootstrap's admin work in it.
     */
    /** {@code roster dev-org delete}: a DON or display ID, as {@code dev-orgs.delete} takes it. */
    public void delete(String id) {
        delete(IdParser.devOrg("id", id));
    }

    /** Also forgets what a deleted dev org had outside the database (its faults, its journal), after the delete commits. */
    public void onDelete(LongConsumer forget) {
        onDelete.add(forget);
    }

    void delete(long id) {
        db.write(tx -> {
            if (store.findDefault(tx).filter(first -> first == id).isPresent()) {
                throw ApiError.valueNotPermitted("id", Ids.displayId(IdKind.DEV_ORG, id) + " is the default dev org, "
                    + "which `roster token create` works in; it cannot be deleted").toException();
            }
            if (!store.purge(tx, id)) throw IdKind.DEV_ORG.notFound(id);
            tx.announceAuthChange();
            return null;
        });
        onDelete.forEach(forget -> forget.accept(id));
    }

    /** The default dev org (the first), which the CLI works in unless told otherwise; empty on an empty store. */
    public Optional<Long> defaultId() {
        return db.read(store::findDefault);
    }

    /** The default dev org, which the token CLI works in; empty before the first start. */
    public Optional<Long> findDefault() {
        return db.read(store::findDefault);
    }

    /** A new token living {@code life} for the live dev user with this email in the default dev org (the token CLI); empty when there is none. */
    public Optional<String> issueToken(String email, Scope scope, Duration life) {
        return db.write(tx -> store.findDefault(tx).flatMap(org -> devUsers.findIdByEmail(tx, org, email)
            .map(user -> tokens.issue(tx, org, user, scope, life))));
    }
}
