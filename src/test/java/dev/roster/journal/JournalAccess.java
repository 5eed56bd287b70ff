package dev.roster.journal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.roster.http.RequestBody;

/** What tests outside this package read of a journal directly: how many entries a dev org has. */
public final class JournalAccess {
    private JournalAccess() {}

    public static int entries(JournalService journal, long orgId) {
        return journal.list(orgId, JournalQuery.parse(RequestBody.ofJson(JsonNodeFactory.instance.objectNode()
            .put("limit", 100)))).items().size();
    }
}
