package dev.roster.events;

import dev.roster.auth.Caller;
import dev.roster.http.RequestBody;
import dev.roster.store.Page;

/** {@code /_roster/events.*}: a dev org's admin reads what its webhooks are sent. */
public final class EventHandlers {
    private final EventLog log;

    public EventHandlers(EventLog log) { this.log = log; }

    public EventJson.ListPage list(Caller caller, RequestBody request) {
        Page<Event> page = log.list(caller, EventQuery.parse(request, caller.orgId()));
        return new EventJson.ListPage(page.items().stream().map(EventJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }
}
