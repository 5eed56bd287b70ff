package dev.roster.tags;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.ids.IdKind;
import dev.roster.ids.IdParser;
import dev.roster.store.Page;

/** The tag operations over HTTP. */
public final class TagHandlers {
    private final TagService service;

    public TagHandlers(TagService service) { this.service = service; }

    public TagResponses.One create(Caller caller, RequestBody request) {
        Tag tag = service.create(caller, CreateTag.parse(request));
        return new TagResponses.One(TagJson.from(tag));
    }

    public TagResponses.One get(Caller caller, RequestBody request) {
        long id = IdParser.parse("id", request.requiredString("id"), IdKind.TAG, caller.orgId());
        return new TagResponses.One(TagJson.from(service.get(caller, id)));
    }

    public TagResponses.ListPage list(Caller caller, RequestBody request) {
        Page<Tag> page = service.list(caller, TagQuery.parse(request));
        return new TagResponses.ListPage(page.items().stream().map(TagJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public TagResponses.One update(Caller caller, RequestBody request) {
        Tag tag = service.update(caller, UpdateTag.parse(request, caller.orgId()));
        return new TagResponses.One(TagJson.from(tag));
    }

    public EmptyResponse delete(Caller caller, RequestBody request) {
        service.delete(caller, IdParser.parse("id", request.requiredString("id"), IdKind.TAG, caller.orgId()));
        return new EmptyResponse();
    }
}
