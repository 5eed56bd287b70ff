package dev.roster.tags;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestReader;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The tag operations over HTTP. */
public final class TagHandlers {
    private final TagService service;

    public TagHandlers(TagService service) { this.service = service; }

    public void create(Context ctx) {
        Tag tag = service.create(Caller.of(ctx), CreateTag.parse(RequestReader.read(ctx)));
        ctx.status(HttpStatus.CREATED).json(new TagResponses.One(TagJson.from(tag)));
    }

    public void get(Context ctx) {
        Caller caller = Caller.of(ctx);
        long id = IdParser.parse("id", RequestReader.read(ctx).requiredString("id"), IdKind.TAG, caller.orgId());
        ctx.json(new TagResponses.One(TagJson.from(service.get(caller, id))));
    }

    public void list(Context ctx) {
        Page<Tag> page = service.list(Caller.of(ctx), TagQuery.parse(RequestReader.read(ctx)));
        ctx.json(new TagResponses.ListPage(page.items().stream().map(TagJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void update(Context ctx) {
        Caller caller = Caller.of(ctx);
        Tag tag = service.update(caller, UpdateTag.parse(RequestReader.read(ctx), caller.orgId()));
        ctx.json(new TagResponses.One(TagJson.from(tag)));
    }

    public void delete(Context ctx) {
        Caller caller = Caller.of(ctx);
        service.delete(caller, IdParser.parse("id", RequestReader.read(ctx).requiredString("id"), IdKind.TAG, caller.orgId()));
        ctx.json(new EmptyResponse());
    }
}
