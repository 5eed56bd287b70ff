package dev.roster.devorgs;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.RequestReader;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code dev-orgs.get}, and {@code /_roster/dev-orgs.*}: the operator's management of tenants. */
public final class DevOrgHandlers {
    private final DevOrgService service;

    public DevOrgHandlers(DevOrgService service) { this.service = service; }

    public DevOrgResponses.One get(Caller caller, RequestBody request) {
        return new DevOrgResponses.One(DevOrgJson.from(service.get(caller)));
    }

    public void create(Context ctx) {
        ctx.status(HttpStatus.CREATED).json(service.create(NewDevOrg.parse(RequestReader.read(ctx))));
    }

    public void list(Context ctx) {
        Page<DevOrg> page = service.list(DevOrgQuery.parse(RequestReader.read(ctx)));
        ctx.json(new DevOrgResponses.ListPage(page.items().stream().map(DevOrgJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void delete(Context ctx) {
        service.delete(IdParser.devOrg("id", RequestReader.read(ctx).requiredString("id")));
        ctx.json(new EmptyResponse());
    }
}
