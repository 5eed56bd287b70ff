package dev.roster.groups;

import dev.roster.auth.Caller;
import dev.roster.devusers.DevUserService;
import dev.roster.errors.ApiError;
import dev.roster.events.DirectoryEvents;
import dev.roster.ids.IdKind;
import dev.roster.ids.Ids;
import dev.roster.revusers.RevUserService;
import dev.roster.store.Database;
import dev.roster.store.Page;
import dev.roster.store.Tx;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Static groups of dev users or of rev users. Each operation resolves, checks, changes and answers in one transaction. */
public final class GroupService {
    private final Database db;
    private final Clock clock;
    private final DevUserService devUsers;
    private final RevUserService revUsers;
    private final DirectoryEvents events;
    private final GroupStore store = new GroupStore();
    private final GroupMemberStore members = new GroupMemberStore();

    public GroupService(Database db, Clock clock, DevUserService devUsers, RevUserService revUsers, DirectoryEvents events) {
        this.db = db;
        this.events = events;
        this.clock = clock;
        this.devUsers = devUsers;
        this.revUsers = revUsers;
    }

    Group create(Caller caller, CreateGroup command) {
        return db.write(tx -> {
            if (command.owner() != null) devUsers.holdUnmerged(tx, caller.orgId(), command.owner(), "owner");
            long id = store.insert(tx, caller.stamp(clock), command).orElseThrow(() -> nameTaken(command.name(), store.findIdByName(tx, caller.orgId(), command.name())));
            Group created = store.find(tx, caller.orgId(), id).orElseThrow();
            events.created(tx, caller.orgId(), IdKind.GROUP, id, GroupJson.from(created));
            return created;
        });
    }

    Group get(Caller caller, long id) {
        return db.read(tx -> require(tx, caller.orgId(), id));
    }

    Page<Group> list(Caller caller, GroupQuery query) {
        return db.read(tx -> store.list(tx, caller.orgId(), query));
    }

    Group update(Caller caller, UpdateGroup change) {
        return db.write(tx -> {
            // Locked before it is read: the event's old group is what the last committed change left.
            if (!store.lock(tx, caller.orgId(), change.id())) throw IdKind.GROUP.notFound(change.id());
            Group old = require(tx, caller.orgId(), change.id());
            change.owner().ifPresent(owner -> devUsers.holdUnmerged(tx, caller.orgId(), owner, "owner"));
            // The holder is named from a read first: on PostgreSQL the unique index's refusal ends the
            // transaction, so a rename that loses a race is refused without a name.
            Optional<Long> holder = change.name().flatMap(name -> store.findIdByName(tx, caller.orgId(), name))
                .filter(id -> id != change.id());
            if (holder.isPresent()) throw nameTaken(change.name().orElseThrow(), holder);
            if (!store.update(tx, caller.stamp(clock), change)) {
                throw nameTaken(change.name().orElseThrow(), Optional.empty());
            }
            Group now = store.find(tx, caller.orgId(), change.id()).orElseThrow();
            events.updated(tx, caller.orgId(), IdKind.GROUP, now.id(), GroupJson.from(old), GroupJson.from(now));
            return now;
        });
    }

    /** Adding a member twice leaves it a member once. */
    void addMember(Caller caller, MemberChange change) {
        db.perform(tx -> {
            Group group = requireKind(tx, caller.orgId(), change);
            if (change.memberType() == MemberType.DEV_USER) {
                devUsers.holdUnmerged(tx, caller.orgId(), change.member(), "member");
            } else {
                Optional<Long> revOrg = revUsers.holdForMembership(tx, caller.orgId(), change.member());
                if (change.memberRevOrg() != null && !Objects.equals(revOrg.orElse(null), change.memberRevOrg())) {
                    throw ApiError.valueNotPermitted("member_rev_org", display(change) + " belongs to "
                        + revOrg.map(id -> Ids.displayId(IdKind.REV_ORG, id)).orElse("no rev org") + ", not to "
                        + Ids.displayId(IdKind.REV_ORG, change.memberRevOrg())).toException();
                }
            }
            if (members.add(tx, caller.orgId(), group.id(), group.memberType(), change.member(), clock.millis())) {
                Member added = members.find(tx, caller.orgId(), group.id(), change.member()).orElseThrow();
                events.memberAdded(tx, caller.orgId(), group.id(), GroupSummaryJson.from(group), MemberJson.from(added).member());
            }
        });
    }

    void removeMember(Caller caller, MemberChange change) {
        db.perform(tx -> {
            Group group = requireKind(tx, caller.orgId(), change);
            // Read before the delete: the event shows the member as it was.
            Optional<Member> member = members.find(tx, caller.orgId(), group.id(), change.member());
            if (member.isEmpty() || !members.remove(tx, caller.orgId(), group.id(), change.member())) {
                throw ApiError.notFound(display(change) + " is not a member of " + Ids.displayId(IdKind.GROUP, group.id()))
                    .toException();
            }
            events.memberRemoved(tx, caller.orgId(), group.id(), GroupSummaryJson.from(group),
                MemberJson.from(member.get()).member());
        });
    }

    Page<Member> listMembers(Caller caller, MembersQuery query) {
        return db.read(tx -> {
            require(tx, caller.orgId(), query.group());
            return members.page(tx, caller.orgId(), query.group(), query.page());
        });
    }

    /** The group, after checking the member is of the kind it holds and member_rev_org is given only for rev users. */
    private Group requireKind(Tx tx, long orgId, MemberChange change) {
        Group group = require(tx, orgId, change.group());
        String groupId = Ids.displayId(IdKind.GROUP, group.id());
        if (change.memberType() != group.memberType()) {
            throw ApiError.valueNotPermitted("member", groupId + " holds " + group.memberType().kind.noun() + "s (member_type "
                + group.memberType().wire() + "); " + display(change) + " is a " + change.memberType().kind.noun())
                .toException();
        }
        if (change.memberRevOrg() != null && group.memberType() != MemberType.REV_USER) {
            throw ApiError.valueNotPermitted("member_rev_org", "only for rev users; " + groupId + " holds dev users")
                .toException();
        }
        return group;
    }

    private Group require(Tx tx, long orgId, long id) {
        return store.find(tx, orgId, id).orElseThrow(() -> IdKind.GROUP.notFound(id));
    }

    private static String display(MemberChange change) {
        return Ids.displayId(change.memberType().kind, change.member());
    }

    private static RuntimeException nameTaken(String name, Optional<Long> holder) {
        String holderId = holder.map(id -> Ids.displayId(IdKind.GROUP, id)).orElse("another group");
        return ApiError.valueNotPermitted("name", "'" + name + "' is already the name of " + holderId
            + " (group names are unique, case-insensitively)").toException();
    }
}
