package dev.roster.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.roster.http.RequestBody;
import org.junit.jupiter.api.Test;

/** The journal's bounds, on the structure itself: per dev org, and in bytes across every dev org, oldest out first. */
class JournalServiceTest {
    private static JournalService.Recorded entry(long org, int bodyBytes) {
        return seq -> new JournalEntry(seq, org, seq, "POST", "/tags.create", "tags.create", 201, 1.0, "r" + seq,
            new JournalEntry.Body(new byte[bodyBytes], false), null, null);
    }

    private static int count(JournalService journal, long org) {
        return journal.list(org, JournalQuery.parse(RequestBody.ofJson(JsonNodeFactory.instance.objectNode().put("limit", 100))))
            .items().size();
    }

    @Test
    void the_byte_cap_across_dev_orgs_evicts_the_oldest_entries_anywhere() {
        JournalService journal = new JournalService(1000, 100_000);
        for (int i = 0; i < 40; i++) journal.add(entry(1, 4000));
        for (int i = 0; i < 40; i++) journal.add(entry(2, 4000));
        assertTrue(journal.bytes() <= 100_000, "bytes " + journal.bytes());
        assertEquals(0, count(journal, 1), "org 1's entries were the oldest");
        assertTrue(count(journal, 2) >= 20, "org 2 keeps its recent ones");
        journal.forget(2);
        assertEquals(0, journal.bytes());
    }

    @Test
    void each_dev_org_keeps_at_most_its_size() {
        JournalService journal = new JournalService(5, Long.MAX_VALUE);
        for (int i = 0; i < 100; i++) journal.add(entry(i % 2, 10));
        assertEquals(5, count(journal, 0));
        assertEquals(5, count(journal, 1));
    }
}
