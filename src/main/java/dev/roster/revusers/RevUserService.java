package dev.roster.revusers;

import dev.roster.accounts.AccountService;
import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.events.DirectoryEvents;
import dev.roster.groups.GroupMembershipService;
import dev.roster.http.Json;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.revorgs.RevOrg;
import dev.roster.revorgs.RevOrgService;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import dev.roster.tags.TagService;
import dev.roster.tags.TaggedKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rev users: contacts of customers. Each operation authorizes, resolves, checks, mutates and answers in one transaction. */
public final class RevUserService {
    private final Database db;
    private final Clock clock;
    private final TagService tags;
    private final RevOrgService revOrgs;
    private final AccountService accounts;
    private final GroupMembershipService groups;
    private final DirectoryEvents events;
    private final RevUserStore store = new RevUserStore();
    private final AssociationStore associations = new AssociationStore();

    public RevUserService(Database db, Clock clock, TagService tags, RevOrgService revOrgs, AccountService accounts,
                          GroupMembershipService groups, DirectoryEvents events) {
        this.db = db;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
        this.tags = tags;
        this.revOrgs = revOrgs;
        this.accounts = accounts;
    }

    RevUser create(Caller caller, CreateRevUser command) {
        return db.write(tx -> {
            long orgId = caller.orgId();
            Long revOrg = revOrgOf(tx, orgId, command.revOrg(), command.account());
            // Without an external ref the user gets a unique one, so every rev user can be found by one.
            String ref = command.externalRef() != null ? command.externalRef() : "roster-" + UUID.randomUUID();
            long id = store.insert(tx, caller.stamp(clock), command, revOrg, ref)
                .orElseThrow(() -> refTaken(ref));
            // A new user has no refs or phones yet: add them, nothing to replace.
            store.externalRefs.add(tx, orgId, id, command.externalRefs(), 0);
            store.phoneNumbers.add(tx, orgId, id, command.phoneNumbers(), 0);
            tags.tagNew(tx, orgId, TaggedKind.REV_USER, id, command.tags());
            RevUser created = require(tx, orgId, id);
            events.created(tx, orgId, IdKind.REV_USER, id, RevUserJson.from(created));
            return created;
        });
    }

    /**
     * {@code auth-tokens.create}'s rev user: the one named by {@code id}, else the one with external
     * ref {@code ref}, else a new one with it; {@code traits} (display_name, email, description,
     * phone_numbers, custom_fields) applied, and linked to {@code revOrg} when given. Answers its id.
     */
    public long provision(Caller caller, Optional<Long> id, String ref, Optional<Long> revOrg, Optional<RequestBody> traits) {
        return db.write(tx -> {
            long orgId = caller.orgId();
            Optional<Long> existing = id.isPresent() ? id : store.findIdByExternalRef(tx, orgId, ref);
            long user = existing.isPresent() ? existing.get() : create(caller, new CreateRevUser(null, null, null, ref,
                List.of(), List.of(), revOrg.orElse(null), null, List.of(), null)).id();
            RequestBody given = traits.orElse(RequestBody.ofJson(Json.MAPPER.createObjectNode()));
            update(caller, new UpdateRevUser(user, given.text("display_name", RevUserFields.MAX_TEXT), RevUserFields.email(given),
                given.text("description", 4096), Optional.empty(), Optional.empty(), RevUserFields.phoneNumbers(given),
                Optional.empty(), given.rawObject("custom_fields").map(Object::toString)));
            if (revOrg.isPresent() && existing.isPresent()) link(caller, new RevUserLink(user, revOrg.get()));
            return user;
        });
    }

    /** The rev user as rev-users.get answers it, in the caller's transaction; 404 when there is none. */
    public RevUserJson json(Tx tx, long orgId, long id) {
        return RevUserJson.from(require(tx, orgId, id));
    }

    RevUser get(Caller caller, long id) {
        return db.read(tx -> require(tx, caller.orgId(), id));
    }

    Page<RevUser> list(Caller caller, RevUserQuery query) {
        return db.read(tx -> store.page(tx, caller.orgId(), query.filter(), query.page(), clock));
    }

    RevUser update(Caller caller, UpdateRevUser change) {
        return db.write(tx -> {
            long orgId = caller.orgId();
            RevUser old = lock(tx, orgId, change.id());
            if (!store.update(tx, caller.stamp(clock), change)) {
                throw refTaken(change.externalRef().orElseThrow());
            }
            change.externalRefs().ifPresent(refs -> store.externalRefs.replace(tx, orgId, change.id(), refs));
            change.phoneNumbers().ifPresent(phones -> store.phoneNumbers.replace(tx, orgId, change.id(), phones));
            change.tags().ifPresent(set -> tags.replaceTags(tx, orgId, TaggedKind.REV_USER, change.id(), set));
            return changed(tx, old);
        });
    }

    void delete(Caller caller, long id) {
        db.perform(tx -> {
            RevUser old = lock(tx, caller.orgId(), id);
            erase(tx, caller.orgId(), id);
            events.deleted(tx, caller.orgId(), IdKind.REV_USER, id, RevUserJson.from(old));
        });
    }

    /** Links to a rev org, moving the user from any other; linking to the current one changes nothing. */
    RevUser link(Caller caller, RevUserLink command) {
        return db.write(tx -> {
            lockRevOrg(tx, caller.orgId(), command.revOrg());
            RevUser user = lock(tx, caller.orgId(), command.revUser());
            if (user.revOrgId() != null && user.revOrgId() == command.revOrg()) return user;
            store.link(tx, caller.stamp(clock), command);
            return changed(tx, user);
        });
    }

    /** Removes the link to the named rev org; a user linked elsewhere or nowhere is told where it is linked. */
    RevUser unlink(Caller caller, RevUserLink command) {
        return db.write(tx -> {
            long orgId = caller.orgId();
            RevUser old = lock(tx, orgId, command.revUser());
            requireRevOrg(tx, orgId, command.revOrg());
            if (!store.unlinkFrom(tx, caller.stamp(clock), command)) {
                RevUser user = require(tx, orgId, command.revUser());
                String who = Ids.displayId(IdKind.REV_USER, user.id());
                String asked = Ids.displayId(IdKind.REV_ORG, command.revOrg());
                throw ApiError.valueNotPermitted("rev_org", user.revOrgId() == null
                    ? who + " is not linked to any rev org, so it cannot be unlinked from " + asked
                    : who + " is linked to " + Ids.displayId(IdKind.REV_ORG, user.revOrgId()) + ", not to " + asked)
                    .toException();
            }
            return changed(tx, old);
        });
    }

    void addAssociations(Caller caller, long userId, List<AssociationTarget> targets) {
        db.perform(tx -> {
            Stamp stamp = caller.stamp(clock);
            long orgId = stamp.orgId();
            // Accounts' row locks, then rev orgs', then the user's: the order deletes take them in. A rev
            // org's own account needs no lock of its own: it cannot go while the rev org is held.
            targets.stream().filter(t -> t.kind() == IdKind.ACCOUNT).map(AssociationTarget::id).sorted().distinct()
                .forEach(id -> {
                    if (!accounts.share(tx, orgId, id)) throw IdKind.ACCOUNT.notFound(id);
                });
            targets.stream().filter(t -> t.kind() == IdKind.REV_ORG).map(AssociationTarget::id).sorted().distinct()
                .forEach(id -> lockRevOrg(tx, orgId, id));
            RevUser old = lock(tx, orgId, userId);
            for (AssociationTarget target : targets) {
                if (target.kind() == IdKind.REV_ORG) {
                    // A rev org association brings its account's along, as DevRev documents.
                    RevOrg org = requireRevOrg(tx, orgId, target.id());
                    associations.add(tx, stamp, userId, new AssociationTarget(IdKind.ACCOUNT, org.accountId()));
                }
                associations.add(tx, stamp, userId, target);
            }
            changed(tx, old);
        });
    }

    Page<Association> listAssociations(Caller caller, AssociationQuery query) {
        return db.read(tx -> {
            require(tx, caller.orgId(), query.revUser());
            return associations.list(tx, caller.orgId(), query);
        });
    }

    void removeAssociations(Caller caller, long userId, List<AssociationTarget> targets) {
        db.perform(tx -> {
            long orgId = caller.orgId();
            RevUser old = lock(tx, orgId, userId);
            for (AssociationTarget target : targets) {
                // An account or rev org that does not exist here is not found, as everywhere; one that
                // exists but is not associated is a no-op.
                if (target.kind() == IdKind.REV_ORG) {
                    requireRevOrg(tx, orgId, target.id());
                } else if (!accounts.exists(tx, orgId, target.id())) {
                    throw IdKind.ACCOUNT.notFound(target.id());
                }
            }
            targets.forEach(target -> associations.remove(tx, orgId, userId, target));
            changed(tx, old);
        });
    }

    /** The primary keeps its fields and fills empty ones from the secondary; lists, tags and associations unite. */
    void merge(Caller caller, long primary, long secondary) {
        if (primary == secondary) {
            throw ApiError.valueNotPermitted("secondary_user", "a rev user cannot be merged into itself").toException();
        }
        db.perform(tx -> {
            Stamp stamp = caller.stamp(clock);
            long orgId = stamp.orgId();
            // Both row locks, in id order: of concurrent merges of one secondary, one wins and the others find it gone.
            lock(tx, orgId, Math.min(primary, secondary));
            lock(tx, orgId, Math.max(primary, secondary));
            RevUser kept = require(tx, orgId, primary);
            RevUser gone = require(tx, orgId, secondary);
            store.fillEmpty(tx, stamp, primary, gone);
            List<String> refs = new java.util.ArrayList<>(gone.externalRefs());
            refs.addFirst(gone.externalRef());
            refs.removeIf(ref -> ref.equals(kept.externalRef()) || kept.externalRefs().contains(ref));
            store.externalRefs.add(tx, orgId, primary, refs.stream().distinct().toList(), kept.externalRefs().size());
            store.phoneNumbers.add(tx, orgId, primary, gone.phoneNumbers().stream()
                .filter(p -> !kept.phoneNumbers().contains(p)).toList(), kept.phoneNumbers().size());
            tags.mergeTags(tx, TaggedKind.REV_USER, secondary, primary);
            associations.union(tx, orgId, secondary, primary);
            groups.moveRevUser(tx, orgId, secondary, primary);
            erase(tx, orgId, secondary);
            changed(tx, kept);
            events.deleted(tx, orgId, IdKind.REV_USER, secondary, RevUserJson.from(gone));
        });
    }

    /** Every rev user with this email (case-insensitive), in full. */
    List<RevUser> exportPersonalData(Caller caller, String email) {
        return db.read(tx -> store.findByEmail(tx, caller.orgId(), email));
    }

    /** Hard-deletes every rev user with this email, with tags and associations; answers how many. */
    int deletePersonalData(Caller caller, String email) {
        return db.write(tx -> {
            store.lockByEmail(tx, caller.orgId(), email);
            List<RevUser> users = store.findByEmail(tx, caller.orgId(), email);
            users.forEach(user -> erase(tx, caller.orgId(), user.id()));
            // The erased data leaves the outbox too: earlier events keep only the users' ids.
            events.scrub(tx, caller.orgId(), users.stream().map(u -> Ids.don(IdKind.REV_USER, u.orgId(), u.id())).toList());
            users.forEach(user -> events.erased(tx, caller.orgId(), IdKind.REV_USER, user.id()));
            tx.eraseTraces();
            return users.size();
        });
    }

    /** The user as it is now, after telling the event outbox how it changed from {@code old}. */
    private RevUser changed(Tx tx, RevUser old) {
        RevUser now = require(tx, old.orgId(), old.id());
        events.updated(tx, old.orgId(), IdKind.REV_USER, old.id(), RevUserJson.from(old), RevUserJson.from(now));
        return now;
    }

    private void erase(Tx tx, long orgId, long id) {
        tags.removeTags(tx, TaggedKind.REV_USER, id);
        groups.removeRevUser(tx, orgId, id);
        store.delete(tx, orgId, id);
    }

    private Long revOrgOf(Tx tx, long orgId, Long revOrg, Long account) {
        if (account == null) return revOrg == null ? null : lockRevOrg(tx, orgId, revOrg).id();
        RevOrg byAccount = revOrgs.findDefault(tx, orgId, account).orElseThrow(() -> IdKind.ACCOUNT.notFound(account));
        if (revOrg == null) return lockRevOrg(tx, orgId, byAccount.id()).id();
        RevOrg given = lockRevOrg(tx, orgId, revOrg);
        if (given.accountId() != account) {
            throw ApiError.valueNotPermitted("rev_org", Ids.displayId(IdKind.REV_ORG, revOrg) + " belongs to "
                + Ids.displayId(IdKind.ACCOUNT, given.accountId()) + ", not to " + Ids.displayId(IdKind.ACCOUNT, account))
                .toException();
        }
        return given.id();
    }

    /** Finds a rev org a user is being linked to, holding its row lock so that it cannot be deleted meanwhile. */
    /**
     * Holds the rev user's row until commit, so that it cannot be deleted or merged meanwhile, and
     * answers its rev org (groups' members); 404 when there is no such rev user.
     */
    public Optional<Long> holdForMembership(Tx tx, long orgId, long id) {
        return Optional.ofNullable(lock(tx, orgId, id).revOrgId());
    }

    private RevOrg lockRevOrg(Tx tx, long orgId, long id) {
        return revOrgs.lockAndFind(tx, orgId, id).orElseThrow(() -> IdKind.REV_ORG.notFound(id));
    }

    /** Takes the user's row lock before reading it, so that concurrent writers of one user never interleave. */
    private RevUser lock(Tx tx, long orgId, long id) {
        if (!store.lock(tx, orgId, id)) {
            throw IdKind.REV_USER.notFound(id);
        }
        return require(tx, orgId, id);
    }

    private RevOrg requireRevOrg(Tx tx, long orgId, long id) {
        return revOrgs.find(tx, orgId, id).orElseThrow(() -> IdKind.REV_ORG.notFound(id));
    }

    private RevUser require(Tx tx, long orgId, long id) {
        return store.find(tx, orgId, id).orElseThrow(() -> IdKind.REV_USER.notFound(id));
    }

    private static RuntimeException refTaken(String ref) {
        return ApiError.conflict("external_ref '" + ref + "' is already used by another rev user of this dev org").toException();
    }
}
