package dev.roster.devusers;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.Shape;
import dev.roster.http.Unmodelled;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;

/** The dev-user operations over HTTP: request in, command to the service, JSON out. No SQL, no rules. */
public final class DevUserHandlers {
    /** What the contract declares that Roster does not model: type-checked only. */
    private static final Shape ACTIVATE = Shape.of().strings("groups");
    private static final Shape CREATE_OR_UPDATE = Shape.of().object("custom_schema_spec", Unmodelled.CUSTOM_SCHEMA_SPEC);

    private final DevUserService service;

    public DevUserHandlers(DevUserService service) { this.service = service; }

    public DevUserResponses.One create(Caller caller, RequestBody request) {
        DevUser user = service.create(caller, CreateDevUser.parse(request.check(CREATE_OR_UPDATE), caller.orgId()));
        return one(user);
    }

    public DevUserResponses.One get(Caller caller, RequestBody request) {
        return one(service.get(caller, id(request, "id", caller)));
    }

    public DevUserResponses.ListPage list(Caller caller, RequestBody request) {
        Page<DevUser> page = service.list(caller, DevUserQuery.parse(request));
        return new DevUserResponses.ListPage(page.items().stream().map(DevUserJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public DevUserResponses.One self(Caller caller, RequestBody request) {
        return one(service.get(caller, caller.userId()));
    }

    public DevUserResponses.One update(Caller caller, RequestBody request) {
        request.check(CREATE_OR_UPDATE);
        long id = id(request, "id", caller);
        return one(service.update(caller, id, UpdateDevUser.parse(request, caller.orgId())));
    }

    public DevUserResponses.One updateSelf(Caller caller, RequestBody request) {
        UpdateDevUser change = UpdateDevUser.parse(request.check(CREATE_OR_UPDATE), caller.orgId());
        return one(service.update(caller, caller.userId(), change));
    }

    public DevUserResponses.Activated activate(Caller caller, RequestBody request) {
        boolean inviteSent = service.activate(caller, id(request.check(ACTIVATE), "id", caller));
        return new DevUserResponses.Activated(inviteSent);
    }

    public EmptyResponse deactivate(Caller caller, RequestBody request) {
        service.deactivate(caller, id(request, "id", caller));
        return new EmptyResponse();
    }

    public DevUserResponses.One linkIdentity(Caller caller, RequestBody request) {
        LinkIdentity command = LinkIdentity.parse(request, caller.orgId());
        return one(service.linkIdentity(caller, command));
    }

    public DevUserResponses.One unlinkIdentity(Caller caller, RequestBody request) {
        UnlinkIdentity command = UnlinkIdentity.parse(request, caller.orgId());
        return one(service.unlinkIdentity(caller, command));
    }

    public EmptyResponse merge(Caller caller, RequestBody request) {
        long primary = id(request, "primary_user", caller);
        long secondary = id(request, "secondary_user", caller);
        service.merge(caller, primary, secondary);
        return new EmptyResponse();
    }

    private static long id(RequestBody request, String field, Caller caller) {
        return IdParser.parse(field, request.requiredString(field), IdKind.DEV_USER, caller.orgId());
    }

    private static DevUserResponses.One one(DevUser user) {
        return new DevUserResponses.One(DevUserJson.from(user));
    }
}
