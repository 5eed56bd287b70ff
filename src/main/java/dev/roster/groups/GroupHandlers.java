package dev.roster.groups;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;

/** The group operations over HTTP. */
public final class GroupHandlers {
    private final GroupService service;

    public GroupHandlers(GroupService service) { this.service = service; }

    public GroupResponses.One create(Caller caller, RequestBody request) {
        return new GroupResponses.One(GroupJson.from(service.create(caller, CreateGroup.parse(request, caller.orgId()))));
    }

    public GroupResponses.One get(Caller caller, RequestBody request) {
        long id = IdParser.parse("id", request.requiredString("id"), IdKind.GROUP, caller.orgId());
        return new GroupResponses.One(GroupJson.from(service.get(caller, id)));
    }

    public GroupResponses.ListPage list(Caller caller, RequestBody request) {
        Page<Group> page = service.list(caller, GroupQuery.parse(request, caller.orgId()));
        return new GroupResponses.ListPage(page.items().stream().map(GroupJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public GroupResponses.One update(Caller caller, RequestBody request) {
        return new GroupResponses.One(GroupJson.from(service.update(caller, UpdateGroup.parse(request, caller.orgId()))));
    }

    public EmptyResponse addMember(Caller caller, RequestBody request) {
        service.addMember(caller, MemberChange.parse(request, caller.orgId()));
        return new EmptyResponse();
    }

    public GroupResponses.Members listMembers(Caller caller, RequestBody request) {
        Page<Member> page = service.listMembers(caller, MembersQuery.parse(request, caller.orgId()));
        return new GroupResponses.Members(page.items().stream().map(MemberJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public EmptyResponse removeMember(Caller caller, RequestBody request) {
        service.removeMember(caller, MemberChange.parse(request, caller.orgId()));
        return new EmptyResponse();
    }
}
