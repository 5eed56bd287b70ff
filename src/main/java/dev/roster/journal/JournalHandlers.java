package dev.roster.journal;

import dev.roster.auth.Caller;
import dev.roster.http.EmptyResponse;
import dev.roster.http.RequestBody;
import dev.roster.store.Page;

/** {@code /_roster/requests.*}: a dev org's admin reads and clears its request journal. */
public final class JournalHandlers {
    private final JournalService service;

    public JournalHandlers(JournalService service) { this.service = service; }

    public JournalEntryJson.ListPage list(Caller caller, RequestBody request) {
        Page<JournalEntry> page = service.list(caller.orgId(), JournalQuery.parse(request));
        return new JournalEntryJson.ListPage(page.items().stream().map(JournalEntryJson::from).toList(),
            page.nextCursor().orElse(null), page.prevCursor().orElse(null));
    }

    public EmptyResponse clear(Caller caller, RequestBody request) {
        service.forget(caller.orgId());
        return new EmptyResponse();
    }
}
