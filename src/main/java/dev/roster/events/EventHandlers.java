package dev.roster.events;

import dev.roster.auth.Caller;
import dev.roster.http.RequestBody;
import dev.roster.store.Page;
import java.util.List;

/** {@code /_roster/events.*}: a dev org's admin reads what its webhooks are sent. */
public final class EventHandlers {
    private final EventLog log;

    public EventHandlers(EventLog log) { this.log = log; }

    public EventJson.ListPage list(Caller caller, RequestBody request) {
        EventLog.Listed listed = log.list(caller, EventQuery.parse(request, caller.orgId()));
        Page<Event> page = listed.page();
        return new EventJson.ListPage(page.items().stream()
                .map(event -> EventJson.from(event, listed.deliveries().getOrDefault(event.id(), List.of()))).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }
}
