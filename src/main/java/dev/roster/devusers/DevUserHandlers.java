package dev.roster.devusers;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.RequestReader;
import dev.roster.http.Shape;
import dev.roster.http.Unmodelled;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The dev-user operations over HTTP: request in, command to the service, JSON out. No SQL, no rules. */
public final class DevUserHandlers {
    /** What the contract declares that Roster does not model: type-checked only. */
    private static final Shape ACTIVATE = Shape.of().strings("groups");
    private static final Shape CREATE_OR_UPDATE = Shape.of().object("custom_schema_spec", Unmodelled.CUSTOM_SCHEMA_SPEC);

    private final DevUserService service;

    public DevUserHandlers(DevUserService service) { this.service = service; }

    public void create(Context ctx) {
        Caller caller = Caller.of(ctx);
        DevUser user = service.create(caller, CreateDevUser.parse(RequestReader.read(ctx, CREATE_OR_UPDATE), caller.orgId()));
        ctx.status(HttpStatus.CREATED).json(one(user));
    }

    public void get(Context ctx) {
        Caller caller = Caller.of(ctx);
        ctx.json(one(service.get(caller, id(RequestReader.read(ctx), "id", caller))));
    }

    public void list(Context ctx) {
        Caller caller = Caller.of(ctx);
        Page<DevUser> page = service.list(caller, DevUserQuery.parse(RequestReader.read(ctx)));
        ctx.json(new DevUserResponses.ListPage(page.items().stream().map(DevUserJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void self(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestReader.read(ctx);
        ctx.json(one(service.get(caller, caller.userId())));
    }

    public void update(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestBody body = RequestReader.read(ctx, CREATE_OR_UPDATE);
        long id = id(body, "id", caller);
        ctx.json(one(service.update(caller, id, UpdateDevUser.parse(body, caller.orgId()))));
    }

    public void updateSelf(Context ctx) {
        Caller caller = Caller.of(ctx);
        UpdateDevUser change = UpdateDevUser.parse(RequestReader.read(ctx, CREATE_OR_UPDATE), caller.orgId());
        ctx.json(one(service.update(caller, caller.userId(), change)));
    }

    public void activate(Context ctx) {
        Caller caller = Caller.of(ctx);
        boolean inviteSent = service.activate(caller, id(RequestReader.read(ctx, ACTIVATE), "id", caller));
        ctx.json(new DevUserResponses.Activated(inviteSent));
    }

    public void deactivate(Context ctx) {
        Caller caller = Caller.of(ctx);
        service.deactivate(caller, id(RequestReader.read(ctx), "id", caller));
        ctx.json(new EmptyResponse());
    }

    public void linkIdentity(Context ctx) {
        Caller caller = Caller.of(ctx);
        LinkIdentity command = LinkIdentity.parse(RequestReader.read(ctx), caller.orgId());
        ctx.json(one(service.linkIdentity(caller, command)));
    }

    public void unlinkIdentity(Context ctx) {
        Caller caller = Caller.of(ctx);
        UnlinkIdentity command = UnlinkIdentity.parse(RequestReader.read(ctx), caller.orgId());
        ctx.json(one(service.unlinkIdentity(caller, command)));
    }

    public void merge(Context ctx) {
        Caller caller = Caller.of(ctx);
        RequestBody body = RequestReader.read(ctx);
        long primary = id(body, "primary_user", caller);
        long secondary = id(body, "secondary_user", caller);
        service.merge(caller, primary, secondary);
        ctx.json(new EmptyResponse());
    }

    private static long id(RequestBody body, String field, Caller caller) {
        return IdParser.parse(field, body.requiredString(field), IdKind.DEV_USER, caller.orgId());
    }

    private static DevUserResponses.One one(DevUser user) {
        return new DevUserResponses.One(DevUserJson.from(user));
    }
}
