package dev.roster.devusers;

import dev.roster.auth.Caller;
import dev.roster.auth.Scope;
import dev.roster.auth.TokenService;
import dev.roster.errors.ApiError;
import dev.roster.events.DirectoryEvents;
import dev.roster.groups.GroupMembershipService;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the dev-user directory. Each operation authorizes, resolves, checks, mutates and
 * answers inside one transaction, so a refused request leaves nothing behind.
 */
public final class DevUserService {
    private final Database db;
    private final Clock clock;
    private final TokenService tokens;
    private final GroupMembershipService groups;
    private final DirectoryEvents events;
    private final boolean selfLink;
    private final DevUserStore store = new DevUserStore();

    /** {@code selfLink} false: only admins link identities, so no write token can claim anyone's identity. */
    public DevUserService(Database db, Clock clock, TokenService tokens, GroupMembershipService groups, DirectoryEvents events,
                          boolean selfLink) {
        this.db = db;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
        this.tokens = tokens;
        this.selfLink = selfLink;
    }

    DevUser create(Caller caller, CreateDevUser command) {
        return db.write(tx -> {
            if (command.reportsTo() != null) requireUser(tx, caller.orgId(), command.reportsTo());
            long id = store.insert(tx, caller.stamp(clock), command)
                .orElseThrow(() -> ApiError.valueNotPermitted("email",
                    "a dev user with email " + command.email() + " already exists in this dev org").toException());
            DevUser created = store.get(tx, caller.orgId(), id);
            events.created(tx, caller.orgId(), IdKind.DEV_USER, id, DevUserJson.from(created));
            return created;
        });
    }

    /** Creates the first, active admin user of a new dev org (bootstrap and test fixtures). */
    public long createAdmin(Tx tx, long orgId, String email) {
        CreateDevUser admin = new CreateDevUser(Emails.check("email", email), null, null, null);
        return store.insertFirst(tx, orgId, admin, clock.millis())
            .orElseThrow(() -> new IllegalStateException("the new dev org already has " + email));
    }

    /** The dev user as dev-users.get answers it, read in the caller's transaction (a new dev org's admin). */
    public DevUserJson json(Tx tx, long orgId, long id) {
        return DevUserJson.from(store.get(tx, orgId, id));
    }

    /** Throws 404 naming the first of {@code ids} that is no dev user of the org, in any state (accounts' owners). */
    public void requireAll(Tx tx, long orgId, List<Long> ids) {
        store.missing(tx, orgId, ids).stream().findFirst().ifPresent(id -> {
            throw IdKind.DEV_USER.notFound(id);
        });
    }

    /**
     * Holds a dev user's row until commit, so that a merge of it waits (groups' members and owners):
     * 404 when there is no such dev user, 400 naming {@code field} when it was merged into another.
     */
    public void holdUnmerged(Tx tx, long orgId, long id, String field) {
        UserState state = store.holdState(tx, orgId, id).orElseThrow(() -> IdKind.DEV_USER.notFound(id));
        if (state == UserState.DELETED) {
            throw ApiError.valueNotPermitted(field, display(id) + " was merged into another user").toException();
        }
    }

    /** The id of a live dev user with this email in the org (the token CLI). */
    public Optional<Long> findIdByEmail(Tx tx, long orgId, String email) {
        return store.findByEmail(tx, orgId, email).map(DevUser::id);
    }

    DevUser get(Caller caller, long id) {
        return db.read(tx -> requireUser(tx, caller.orgId(), id));
    }

    Page<DevUser> list(Caller caller, DevUserQuery query) {
        return db.read(tx -> store.list(tx, caller.orgId(), query, clock));
    }

    DevUser update(Caller caller, long id, UpdateDevUser change) {
        requireAdminUnlessSelf(caller, id, "updating another dev user");
        return db.write(tx -> {
            // Serialise reporting-line changes per dev org, so two concurrent updates cannot each pass the
            // cycle check against the other's uncommitted change and together close a cycle.
            if (change.reportsTo().isPresent()) store.lockReportingLines(tx, caller.orgId());
            DevUser old = holdAndGet(tx, caller.orgId(), id);
            change.reportsTo().ifPresent(manager -> checkManager(tx, caller.orgId(), id, manager));
            store.update(tx, caller.stamp(clock), id, change);
            return changed(tx, old);
        });
    }

    private void checkManager(Tx tx, long orgId, long user, long manager) {
        requireUser(tx, orgId, manager);
        if (manager == user) {
            throw ApiError.valueNotPermitted("reports_to", "a dev user cannot report to itself").toException();
        }
        if (store.reportsChainReaches(tx, orgId, manager, user)) {
            throw ApiError.valueNotPermitted("reports_to", display(manager) + " already reports, directly or "
                + "through others, to " + display(user) + "; this would make a cycle").toException();
        }
    }

    boolean activate(Caller caller, long id) {
        db.perform(tx -> {
            DevUser user = holdAndGet(tx, caller.orgId(), id);
            if (user.state() == UserState.DELETED) {
                throw ApiError.valueNotPermitted("id", display(id) + " was merged into another user and cannot be activated")
                    .toException();
            }
            store.setState(tx, caller.stamp(clock), id, UserState.ACTIVE);
            changed(tx, user);
        });
        return false;
    }

    void deactivate(Caller caller, long id) {
        if (id == caller.userId()) {
            throw ApiError.valueNotPermitted("id", "you cannot deactivate yourself").toException();
        }
        db.perform(tx -> {
            DevUser user = holdAndGet(tx, caller.orgId(), id);
            if (user.state() == UserState.DELETED) {
                throw ApiError.valueNotPermitted("id", display(id) + " was merged into another user").toException();
            }
            store.setState(tx, caller.stamp(clock), id, UserState.DEACTIVATED);
            changed(tx, user);
            tokens.requireAdminLeft(tx, caller.orgId(), "id", "deactivating " + display(id));
        });
    }

    DevUser linkIdentity(Caller caller, LinkIdentity command) {
        if (selfLink) requireAdminUnlessSelf(caller, command.devUser(), "linking an identity of another dev user");
        else caller.require(Scope.ADMIN, "linking an identity (this server allows only admins to link)");
        ExternalIdentity identity = command.identity();
        return db.write(tx -> {
            Stamp stamp = caller.stamp(clock);
            // Locking the user first makes a concurrent merge or link of this user wait.
            DevUser old = holdAndGet(tx, caller.orgId(), command.devUser());
            store.lock(tx, stamp, command.devUser());
            switch (store.identities().link(tx, stamp, command.devUser(), identity)) {
                case LinkOutcome.Linked linked -> { }
                case LinkOutcome.AlreadyLinked same -> {
                    if (identity.displayName() != null) {
                        store.identities().rename(tx, command.devUser(), identity.issuer(), identity.displayName());
                    }
                }
                case LinkOutcome.IssuerTaken taken -> throw ApiError.valueNotPermitted("issuer",
                    display(command.devUser()) + " already has a " + identity.issuer() + " identity ("
                        + taken.existingId() + "); unlink it first").toException();
                case LinkOutcome.PairTaken taken -> throw ApiError.valueNotPermitted("id",
                    identity.issuer() + " identity " + identity.id() + " is already linked to "
                        + display(taken.owner())).toException();
            }
            return changed(tx, old);
        });
    }

    DevUser unlinkIdentity(Caller caller, UnlinkIdentity command) {
        requireAdminUnlessSelf(caller, command.devUser(), "unlinking an identity of another dev user");
        return db.write(tx -> {
            DevUser old = holdAndGet(tx, caller.orgId(), command.devUser());
            store.lock(tx, caller.stamp(clock), command.devUser());
            if (!store.identities().unlink(tx, caller.orgId(), command.devUser(), command.issuer())) {
                throw ApiError.notFound(display(command.devUser()) + " has no " + command.issuer() + " identity")
                    .toException();
            }
            return changed(tx, old);
        });
    }

    void merge(Caller caller, long primary, long secondary) {
        if (primary == secondary) {
            throw ApiError.valueNotPermitted("secondary_user", "a dev user cannot be merged into itself").toException();
        }
        if (secondary == caller.userId()) {
            throw ApiError.valueNotPermitted("secondary_user", "you cannot merge yourself into another user").toException();
        }
        db.perform(tx -> {
            Stamp stamp = caller.stamp(clock);
            // Lock both rows in id order, so that two merges of the same pair cannot deadlock.
            Map<Long, DevUser> before = new HashMap<>();
            for (long id : List.of(Math.min(primary, secondary), Math.max(primary, secondary))) {
                DevUser user = holdAndGet(tx, caller.orgId(), id);
                if (user.state() == UserState.DELETED) {
                    throw ApiError.valueNotPermitted(id == primary ? "primary_user" : "secondary_user",
                        display(id) + " was already merged into another user").toException();
                }
                before.put(id, user);
            }
            store.lock(tx, stamp, primary);
            List<String> clashes = store.identities().sharedIssuers(tx, primary, secondary);
            if (!clashes.isEmpty()) {
                throw ApiError.valueNotPermitted("secondary_user", "both users have identities of "
                    + String.join(", ", clashes) + "; unlink one of each first").toException();
            }
            store.identities().move(tx, caller.orgId(), secondary, primary);
            groups.moveDevUser(tx, caller.orgId(), secondary, primary);
            store.setState(tx, stamp, secondary, UserState.DELETED);
            tokens.requireAdminLeft(tx, caller.orgId(), "secondary_user", "merging " + display(secondary) + " away");
            // The merged-away user stays readable, in state deleted: its change is an update, as the API shows it.
            changed(tx, before.get(primary));
            changed(tx, before.get(secondary));
        });
    }

    /**
     * The user, locked until commit before it is read: what its event shows as before the change is
     * what the last committed change left. 404 when there is none.
     */
    private DevUser holdAndGet(Tx tx, long orgId, long id) {
        if (!store.hold(tx, orgId, id)) throw IdKind.DEV_USER.notFound(id);
        return store.get(tx, orgId, id);
    }

    /** The user as it is now, after telling the event outbox how it changed from {@code old}. */
    private DevUser changed(Tx tx, DevUser old) {
        DevUser now = store.get(tx, old.orgId(), old.id());
        events.updated(tx, old.orgId(), IdKind.DEV_USER, old.id(), DevUserJson.from(old), DevUserJson.from(now));
        return now;
    }

    /** Acting on another dev user needs admin; what acting on yourself needs, the route has checked. */
    private static void requireAdminUnlessSelf(Caller caller, long user, String action) {
        if (user != caller.userId()) caller.require(Scope.ADMIN, action);
    }

    private DevUser requireUser(Tx tx, long orgId, long id) {
        return store.find(tx, orgId, id).orElseThrow(() -> IdKind.DEV_USER.notFound(id));
    }

    private static String display(long id) {
        return Ids.displayId(IdKind.DEV_USER, id);
    }
}
