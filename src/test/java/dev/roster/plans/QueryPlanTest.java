package dev.roster.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.store.Database;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import dev.roster.testing.DedicatedServer;
import dev.roster.testing.RosterTestServer;
import dev.roster.testing.TestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every statement behind the reads (each list filter and sort, scan, get, export, and
 * authentication) has an index to follow: EXPLAIN on both engines must show no full scan of a table
 * and no sort of a whole result. PostgreSQL is asked with sequential scans and sorts priced out, so
 * the answer says whether an index path exists, not what a tiny test table makes cheapest.
 */
class QueryPlanTest {
    @ParameterizedTest
    @EnumSource(TestEngine.class)
    void everyReadFollowsAnIndex(TestEngine engine) {
        Path dir = RosterTestServer.tempDir();
        String url = engine == TestEngine.POSTGRESQL ? RosterTestServer.freshSchema(pgUrlOrSkip()) : null;
        try (DedicatedServer server = DedicatedServer.start(dir, RosterTestServer.config(dir, url))) {
            Api api = server.admin();
            ReadCatalog.seed(api);
            Database db = server.server().services().db();
            Map<String, List<Object>> statements = new LinkedHashMap<>();
            db.observe((sql, params) -> {
                if (isRead(sql)) synchronized (statements) { statements.putIfAbsent(sql, params); }
            });
            for (ReadCatalog.Read read : ReadCatalog.reads(api)) {
                ApiResponse response = read.send(api);
                assertEquals(200, response.status(), read + " answered " + response.text());
                // A later page adds the keyset condition, which must follow the same index.
                String cursor = response.body().path("next_cursor").asText("");
                if (!cursor.isEmpty()) {
                    ReadCatalog.Read next = read.next(cursor);
                    assertEquals(200, next.send(api).status(), next.toString());
                }
            }
            db.observe(null);
            assertTrue(statements.size() > 40, "the catalogue reaches the list statements: " + statements.size());

            List<String> failures = new ArrayList<>();
            statements.forEach((sql, params) -> {
                List<String> plan = Plans.explain(db, sql, params);
                Plans.problems(db.engine(), plan).forEach(p -> failures.add(p + "\n  in: " + oneLine(sql)
                    + "\n  plan:\n    " + String.join("\n    ", plan)));
            });
            assertTrue(failures.isEmpty(), failures.size() + " statements without an index path:\n" + String.join("\n\n", failures));
        }
    }

    private static boolean isRead(String sql) {
        String start = sql.stripLeading().toLowerCase();
        return start.startsWith("select") || start.startsWith("with");
    }

    /** The statement on one line, its select list cut: the tables, filters and order are what matter. */
    private static String oneLine(String sql) {
        int from = sql.indexOf("\nfrom ");
        String line = (from > 0 ? sql.substring(0, 30) + " ..." + sql.substring(from) : sql).replaceAll("\\s+", " ");
        return line.strip();
    }

    private static String pgUrlOrSkip() {
        org.junit.jupiter.api.Assumptions.assumeTrue(RosterTestServer.pgUrl() != null,
            RosterTestServer.PG_URL_VARIABLE + " is not set: PostgreSQL tests skipped");
        return RosterTestServer.pgUrl();
    }
}
