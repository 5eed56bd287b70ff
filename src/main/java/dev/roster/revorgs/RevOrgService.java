package dev.roster.revorgs;

import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.events.DirectoryEvents;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import dev.roster.tags.TagService;
import dev.roster.tags.TagOnObject;
import dev.roster.tags.TaggedKind;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rev orgs: their operations, and what accounts and rev users need of them inside their transactions. */
public final class RevOrgService {
    private final Database db;
    private final Clock clock;
    private final TagService tags;
    private final RevOrgMembers members;
    private final DirectoryEvents events;
    private final RevOrgStore store = new RevOrgStore();

    public RevOrgService(Database db, Clock clock, TagService tags, RevOrgMembers members, DirectoryEvents events) {
        this.db = db;
        this.events = events;
        this.clock = clock;
        this.tags = tags;
        this.members = members;
    }

    RevOrg create(Caller caller, CreateRevOrg command) {
        return db.write(tx -> {
            if (!store.accountExists(tx, caller.orgId(), command.account())) throw IdKind.ACCOUNT.notFound(command.account());
            return insert(tx, caller.stamp(clock), command, false);
        });
    }

    RevOrg get(Caller caller, long id) {
        return db.read(tx -> require(tx, caller.orgId(), id));
    }

    RevOrg getDefault(Caller caller, long accountId) {
        return db.read(tx -> findDefault(tx, caller.orgId(), accountId).orElseThrow(() -> IdKind.ACCOUNT.notFound(accountId)));
    }

    Page<RevOrg> list(Caller caller, RevOrgQuery query) {
        return db.read(tx -> {
            Page<RevOrg> page = store.list(tx, caller.orgId(), query, clock);
            return new Page<>(withTags(tx, caller.orgId(), page.items()), page.nextCursor(), page.prevCursor());
        });
    }

    RevOrg update(Caller caller, UpdateRevOrg change) {
        return db.write(tx -> {
            RevOrg org = lockAndRequire(tx, caller.orgId(), change.id());
            change.account().filter(account -> account != org.accountId())
                .ifPresent(account -> checkMove(tx, caller.orgId(), org, account));
            if (!store.update(tx, caller.stamp(clock), change)) {
                throw externalRefTaken(change.externalRef().orElseThrow());
            }
            change.tags().ifPresent(set -> tags.replaceTags(tx, caller.orgId(), TaggedKind.REV_ORG, change.id(), set));
            return changed(tx, org);
        });
    }

    /** A rev org may move to another account, unless it is its account's default. */
    private void checkMove(Tx tx, long orgId, RevOrg org, long account) {
        if (org.isDefault()) {
            throw ApiError.valueNotPermitted("account", Ids.displayId(IdKind.REV_ORG, org.id())
                + " is the default rev org of " + Ids.displayId(IdKind.ACCOUNT, org.accountId()) + " and cannot move")
                .toException();
        }
        if (!store.accountExists(tx, orgId, account)) throw IdKind.ACCOUNT.notFound(account);
    }

    void delete(Caller caller, long id) {
        db.perform(tx -> {
            RevOrg org = lockAndRequire(tx, caller.orgId(), id);
            if (org.isDefault()) {
                throw ApiError.valueNotPermitted("id", Ids.displayId(IdKind.REV_ORG, id) + " is the default rev org of "
                    + Ids.displayId(IdKind.ACCOUNT, org.accountId()) + "; delete the account instead").toException();
            }
            remove(tx, caller.orgId(), List.of(org));
        });
    }

    /**
     * The rev org with external ref {@code ref}, or a new one of {@code account} with it, named by
     * {@code traits}' display_name or else the ref, with their description, tier and custom fields.
     * {@code auth-tokens.create} provisions a rev token's rev org ({@code org_ref}) so.
     */
    public long provision(Caller caller, String ref, long account, Optional<RequestBody> traits) {
        return db.write(tx -> store.findIdByExternalRef(tx, caller.orgId(), ref).orElseGet(() -> create(caller,
            new CreateRevOrg(account, traits.flatMap(t -> t.text("display_name", CreateRevOrg.MAX_TEXT)).orElse(ref),
                traits.flatMap(t -> t.text("description", 4096)).orElse(null), ref, null,
                traits.flatMap(t -> t.text("tier", 64)).orElse(null), List.of(),
                traits.flatMap(t -> t.rawObject("custom_fields")).map(Object::toString).orElse(null))).id()));
    }

    /** Creates an account's default rev org, named after it, in the account's transaction. */
    public RevOrg createDefault(Tx tx, Stamp stamp, long accountId, String displayName) {
        CreateRevOrg org = new CreateRevOrg(accountId, displayName, null, null, null, null, List.of(), null);
        return insert(tx, stamp, org, true);
    }

    /**
     * Finds a rev org after taking a shared lock on it, for writers that link rev users to it: a
     * concurrent delete or move of the rev org then either waits for them or makes them find nothing,
     * while writers linking other users to it go on at once.
     */
    public Optional<RevOrg> lockAndFind(Tx tx, long orgId, long id) {
        // Callers link to the rev org and need its account, not its tags: skip loading them.
        return store.share(tx, orgId, id) ? store.find(tx, orgId, id) : Optional.empty();
    }

    public Optional<RevOrg> find(Tx tx, long orgId, long id) {
        return store.find(tx, orgId, id).map(org -> withTags(tx, org));
    }

    /** The default rev org of an account; empty when the account does not exist in the org. */
    public Optional<RevOrg> findDefault(Tx tx, long orgId, long accountId) {
        return store.findDefault(tx, orgId, accountId).map(org -> withTags(tx, org));
    }

    /** Deletes every rev org of an account; their rev users stay, unlinked. */
    public void deleteAllOf(Tx tx, long orgId, long accountId) {
        remove(tx, orgId, store.idsOfAccount(tx, orgId, accountId).stream().map(id -> require(tx, orgId, id)).toList());
    }

    /** Moves every rev org (and so its rev users) of one account to another. */
    public void moveAll(Tx tx, Stamp stamp, long fromAccount, long toAccount) {
        List<RevOrg> moving = store.idsOfAccount(tx, stamp.orgId(), fromAccount).stream()
            .map(id -> require(tx, stamp.orgId(), id)).toList();
        store.moveAll(tx, stamp, fromAccount, toAccount);
        moving.forEach(org -> changed(tx, org));
    }

    /** Keeps the default rev org's name in step with its account's; {@code org} is as read before the account changed. */
    public void renameDefault(Tx tx, RevOrg org, String displayName) {
        store.rename(tx, org.orgId(), org.id(), displayName);
        changed(tx, org);
    }

    /** Deletes rev orgs, each as it was loaded before the delete (what their events carry). */
    private void remove(Tx tx, long orgId, List<RevOrg> orgs) {
        if (orgs.isEmpty()) return;
        List<Long> ids = orgs.stream().map(RevOrg::id).toList();
        // Lock first, so that rev users being linked to these rev orgs now are linked before the detach sees them.
        ids.stream().sorted().forEach(id -> store.lock(tx, orgId, id));
        members.detachRevOrgs(tx, orgId, ids);
        for (RevOrg org : orgs) {
            tags.removeTags(tx, TaggedKind.REV_ORG, org.id());
            store.delete(tx, orgId, org.id());
            events.deleted(tx, orgId, IdKind.REV_ORG, org.id(), RevOrgJson.from(org));
        }
    }

    private RevOrg insert(Tx tx, Stamp stamp, CreateRevOrg command, boolean isDefault) {
        long id = store.insert(tx, stamp, command, isDefault).orElseThrow(() -> externalRefTaken(command.externalRef()));
        tags.tagNew(tx, stamp.orgId(), TaggedKind.REV_ORG, id, command.tags());
        RevOrg created = require(tx, stamp.orgId(), id);
        events.created(tx, stamp.orgId(), IdKind.REV_ORG, id, RevOrgJson.from(created));
        return created;
    }

    /** The rev org as it is now, after telling the event outbox how it changed from {@code old}. */
    private RevOrg changed(Tx tx, RevOrg old) {
        RevOrg now = require(tx, old.orgId(), old.id());
        events.updated(tx, old.orgId(), IdKind.REV_ORG, old.id(), RevOrgJson.from(old), RevOrgJson.from(now));
        return now;
    }

    /** The rev org, locked before it is read: its event's old rev org is what the last committed change left. */
    private RevOrg lockAndRequire(Tx tx, long orgId, long id) {
        if (!store.lock(tx, orgId, id)) throw IdKind.REV_ORG.notFound(id);
        return require(tx, orgId, id);
    }

    private RevOrg require(Tx tx, long orgId, long id) {
        return find(tx, orgId, id).orElseThrow(() -> IdKind.REV_ORG.notFound(id));
    }

    private RevOrg withTags(Tx tx, RevOrg org) {
        return withTags(tx, org.orgId(), List.of(org)).getFirst();
    }

    private List<RevOrg> withTags(Tx tx, long orgId, List<RevOrg> orgs) {
        Map<Long, List<TagOnObject>> tagsOf = tags.tagsOf(tx, orgId, TaggedKind.REV_ORG, orgs.stream().map(RevOrg::id).toList());
        return orgs.stream().map(o -> o.withTags(tagsOf.getOrDefault(o.id(), List.of()))).toList();
    }

    private static RuntimeException externalRefTaken(String ref) {
        return ApiError.conflict("external_ref '" + ref + "' is already used by another rev org of this dev org").toException();
    }
}
