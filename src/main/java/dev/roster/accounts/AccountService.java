package dev.roster.accounts;

import dev.roster.auth.Caller;
import dev.roster.devusers.DevUserService;
import dev.roster.errors.ApiError;
import dev.roster.events.DirectoryEvents;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.revorgs.RevOrg;
import dev.roster.revorgs.RevOrgMembers;
import dev.roster.revorgs.RevOrgService;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import dev.roster.store.ValueList;
import dev.roster.tags.TagOnObject;
import dev.roster.tags.TagService;
import dev.roster.tags.TaggedKind;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts. Creating one creates its default rev org in the same transaction; merging and deleting
 * carry the account's rev orgs, rev users' associations, list fields and tags along, all or nothing.
 */
public final class AccountService {
    private final Database db;
    private final Clock clock;
    private final DevUserService devUsers;
    private final TagService tags;
    private final RevOrgService revOrgs;
    private final RevOrgMembers members;
    private final DirectoryEvents events;
    private final AccountStore store = new AccountStore();

    public AccountService(Database db, Clock clock, DevUserService devUsers, TagService tags, RevOrgService revOrgs,
                          RevOrgMembers members, DirectoryEvents events) {
        this.db = db;
        this.events = events;
        this.clock = clock;
        this.devUsers = devUsers;
        this.tags = tags;
        this.revOrgs = revOrgs;
        this.members = members;
    }

    /** A new account and its default rev org. */
    record Created(Account account, RevOrg defaultRevOrg) {}

    Created create(Caller caller, CreateAccount command) {
        return db.write(tx -> {
            Stamp stamp = caller.stamp(clock);
            devUsers.requireAll(tx, caller.orgId(), command.owners());
            long id = store.insert(tx, stamp, command);
            unique(store.domains, tx, caller.orgId(), id, command.domains(), "domain");
            unique(store.externalRefs, tx, caller.orgId(), id, command.externalRefs(), "external ref");
            store.websites.replace(tx, caller.orgId(), id, command.websites());
            store.replaceOwners(tx, caller.orgId(), id, command.owners());
            tags.tagNew(tx, caller.orgId(), TaggedKind.ACCOUNT, id, command.tags());
            Account account = require(tx, caller.orgId(), id);
            // The account's event first: a receiver then knows the account its default rev org names.
            events.created(tx, caller.orgId(), IdKind.ACCOUNT, id, AccountJson.from(account));
            return new Created(account, revOrgs.createDefault(tx, stamp, id, command.displayName()));
        });
    }

    Account get(Caller caller, long id) {
        return db.read(tx -> require(tx, caller.orgId(), id));
    }

    Page<Account> list(Caller caller, AccountQuery query) {
        return db.read(tx -> {
            Page<Account> page = store.list(tx, caller.orgId(), query, clock);
            return new Page<>(complete(tx, caller.orgId(), page.items()), page.nextCursor(), page.prevCursor());
        });
    }

    List<Account> export(Caller caller, AccountQuery query) {
        return list(caller, query).items();
    }

    Account update(Caller caller, UpdateAccount change) {
        return db.write(tx -> {
            long orgId = caller.orgId();
            // Locked before it is read: the event's old account is what the last committed change left.
            store.lock(tx, orgId, change.id(), false);
            Account old = require(tx, orgId, change.id());
            change.owners().ifPresent(owners -> devUsers.requireAll(tx, orgId, owners));
            // Read before the account changes: the rev org shows its account's name.
            Optional<RevOrg> defaultRevOrg = change.displayName().flatMap(name -> revOrgs.findDefault(tx, orgId, change.id()));
            store.update(tx, caller.stamp(clock), change);
            defaultRevOrg.ifPresent(org -> revOrgs.renameDefault(tx, org, change.displayName().orElseThrow()));
            change.domains().ifPresent(values -> unique(store.domains, tx, orgId, change.id(), values, "domain"));
            change.externalRefs().ifPresent(values -> unique(store.externalRefs, tx, orgId, change.id(), values, "external ref"));
            change.websites().ifPresent(values -> store.websites.replace(tx, orgId, change.id(), values));
            change.owners().ifPresent(owners -> store.replaceOwners(tx, orgId, change.id(), owners));
            change.tags().ifPresent(set -> tags.replaceTags(tx, orgId, TaggedKind.ACCOUNT, change.id(), set));
            return changed(tx, old);
        });
    }

    void merge(Caller caller, long primary, long secondary) {
        if (primary == secondary) {
            throw ApiError.valueNotPermitted("secondary_account", "an account cannot be merged into itself").toException();
        }
        db.perform(tx -> {
            long orgId = caller.orgId();
            Stamp stamp = caller.stamp(clock);
            // Both rows locked first, in id order, so that no association can be added to either meanwhile.
            store.lock(tx, orgId, Math.min(primary, secondary), false);
            store.lock(tx, orgId, Math.max(primary, secondary), false);
            Account kept = require(tx, orgId, primary);
            Account gone = require(tx, orgId, secondary);
            revOrgs.moveAll(tx, stamp, secondary, primary);
            members.moveAccountAssociations(tx, orgId, secondary, primary);
            store.domains.moveAll(tx, orgId, secondary, primary);
            store.externalRefs.moveAll(tx, orgId, secondary, primary);
            store.websites.moveAll(tx, orgId, secondary, primary);
            store.mergeOwners(tx, secondary, primary);
            tags.mergeTags(tx, TaggedKind.ACCOUNT, secondary, primary);
            store.delete(tx, orgId, secondary);
            store.touch(tx, stamp, primary);
            changed(tx, kept);
            events.deleted(tx, orgId, IdKind.ACCOUNT, secondary, AccountJson.from(gone));
        });
    }

    void delete(Caller caller, long id) {
        db.perform(tx -> {
            // Locked first: an association added meanwhile waits, then finds the account gone.
            store.lock(tx, caller.orgId(), id, false);
            Account old = require(tx, caller.orgId(), id);
            revOrgs.deleteAllOf(tx, caller.orgId(), id);
            members.removeAccountAssociations(tx, caller.orgId(), id);
            tags.removeTags(tx, TaggedKind.ACCOUNT, id);
            store.delete(tx, caller.orgId(), id);
            events.deleted(tx, caller.orgId(), IdKind.ACCOUNT, id, AccountJson.from(old));
        });
    }

    /**
     * The account whose external refs hold {@code ref}, or a new one with it (and its default rev
     * org), named by {@code traits}' display_name or else {@code name}, with their domains and custom
     * fields. {@code auth-tokens.create} provisions a rev token's account so, inside its transaction.
     */
    public long provision(Caller caller, Optional<String> ref, String name, Optional<RequestBody> traits) {
        return db.write(tx -> {
            Optional<Long> found = ref.flatMap(value -> store.findIdByExternalRef(tx, caller.orgId(), value));
            if (found.isPresent()) return found.get();
            Optional<RequestBody> given = traits;
            CreateAccount command = new CreateAccount(
                given.flatMap(t -> t.text("display_name", AccountFields.MAX_TEXT)).orElse(name), null,
                given.flatMap(AccountFields::domains).orElse(List.of()), ref.map(List::of).orElse(List.of()), List.of(),
                List.of(), null, List.of(), given.flatMap(t -> t.rawObject("custom_fields")).map(Object::toString).orElse(null));
            return create(caller, command).account().id();
        });
    }

    /** Whether an account exists in the org, for account-or-rev-org inputs. */
    public boolean exists(Tx tx, long orgId, long id) {
        return store.find(tx, orgId, id).isPresent();
    }

    /**
     * Whether an account exists, keeping it so until the caller's transaction ends (a shared row
     * lock on PostgreSQL), so that a reference added to it cannot outlive a concurrent delete.
     */
    public boolean share(Tx tx, long orgId, long id) {
        return store.lock(tx, orgId, id, true);
    }

    private void unique(ValueList list, Tx tx, long orgId, long id, List<String> values, String noun) {
        Optional<ValueList.Taken> taken = list.replace(tx, orgId, id, values);
        if (taken.isPresent()) {
            throw ApiError.conflict(noun + " '" + taken.get().value() + "' is already used by account "
                + Ids.displayId(IdKind.ACCOUNT, taken.get().owner())).toException();
        }
    }

    /** The account as it is now, after telling the event outbox how it changed from {@code old}. */
    private Account changed(Tx tx, Account old) {
        Account now = require(tx, old.orgId(), old.id());
        events.updated(tx, old.orgId(), IdKind.ACCOUNT, old.id(), AccountJson.from(old), AccountJson.from(now));
        return now;
    }

    private Account require(Tx tx, long orgId, long id) {
        Account account = store.find(tx, orgId, id).orElseThrow(() -> IdKind.ACCOUNT.notFound(id));
        return complete(tx, orgId, List.of(account)).getFirst();
    }

    /** Fills in the list fields and tags of several accounts, a query per field. */
    private List<Account> complete(Tx tx, long orgId, List<Account> accounts) {
        List<Account> filled = store.children(tx, orgId, accounts);
        Map<Long, List<TagOnObject>> tagsOf = tags.tagsOf(tx, orgId, TaggedKind.ACCOUNT,
            filled.stream().map(Account::id).toList());
        return filled.stream().map(a -> a.withTags(tagsOf.getOrDefault(a.id(), List.of()))).toList();
    }
}
