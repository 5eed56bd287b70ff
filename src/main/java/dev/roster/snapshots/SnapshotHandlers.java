package dev.roster.snapshots;

import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.http.RequestReader;
import dev.roster.store.Page;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code /_roster/snapshots.*} and {@code /_roster/reset} over HTTP: a dev org's snapshots, by its admin. */
public final class SnapshotHandlers {
    private final SnapshotService service;

    public SnapshotHandlers(SnapshotService service) { this.service = service; }

    public void create(Context ctx) {
        String name = SnapshotName.parse(RequestReader.read(ctx));
        ctx.status(HttpStatus.CREATED).json(one(service.create(Caller.of(ctx), name)));
    }

    public void restore(Context ctx) {
        ctx.json(one(service.restore(Caller.of(ctx), SnapshotName.parse(RequestReader.read(ctx)))));
    }

    public void reset(Context ctx) {
        RequestReader.read(ctx);
        ctx.json(one(service.reset(Caller.of(ctx))));
    }

    public void list(Context ctx) {
        Page<Snapshot> page = service.list(Caller.of(ctx), SnapshotQuery.parse(RequestReader.read(ctx)));
        ctx.json(new SnapshotResponses.ListPage(page.items().stream().map(SnapshotJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null)));
    }

    public void delete(Context ctx) {
        service.delete(Caller.of(ctx), SnapshotName.parse(RequestReader.read(ctx)));
        ctx.json(new EmptyResponse());
    }

    public void export(Context ctx) {
        ctx.json(new SnapshotResponses.Export(service.export(Caller.of(ctx), SnapshotName.parse(RequestReader.read(ctx)))));
    }

    public void importDocument(Context ctx) {
        RequestBody body = RequestReader.read(ctx);
        String name = SnapshotName.parse(body);
        var document = body.json("document").orElseThrow(() -> ApiError.missing("document").toException());
        ctx.status(HttpStatus.CREATED).json(one(service.importDocument(Caller.of(ctx), name, document)));
    }

    private static SnapshotResponses.One one(Snapshot snapshot) {
        return new SnapshotResponses.One(SnapshotJson.from(snapshot));
    }
}
