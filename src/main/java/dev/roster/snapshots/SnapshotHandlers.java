package dev.roster.snapshots;

import dev.roster.auth.Caller;
import dev.roster.errors.ApiError;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.store.Page;

/** {@code /_roster/snapshots.*} and {@code /_roster/reset}: a dev org's snapshots, by its admin. */
public final class SnapshotHandlers {
    private final SnapshotService service;

    public SnapshotHandlers(SnapshotService service) { this.service = service; }

    public SnapshotResponses.One create(Caller caller, RequestBody request) {
        return one(service.create(caller, SnapshotName.parse(request)));
    }

    public SnapshotResponses.One restore(Caller caller, RequestBody request) {
        return one(service.restore(caller, SnapshotName.parse(request)));
    }

    public SnapshotResponses.One reset(Caller caller, RequestBody request) {
        return one(service.reset(caller));
    }

    public SnapshotResponses.ListPage list(Caller caller, RequestBody request) {
        Page<Snapshot> page = service.list(caller, SnapshotQuery.parse(request));
        return new SnapshotResponses.ListPage(page.items().stream().map(SnapshotJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller, SnapshotName.parse(request));
        return new EmptyResponse();
    }

    public SnapshotResponses.Export export(Caller caller, RequestBody request) {
        return new SnapshotResponses.Export(service.export(caller, SnapshotName.parse(request)));
    }

    public SnapshotResponses.One importDocument(Caller caller, RequestBody request) {
        String name = SnapshotName.parse(request);
        var document = request.jsonObject("document").orElseThrow(() -> ApiError.missing("document").toException());
        return one(service.importDocument(caller, name, document));
    }

    private static SnapshotResponses.One one(Snapshot snapshot) {
        return new SnapshotResponses.One(SnapshotJson.from(snapshot));
    }
}
