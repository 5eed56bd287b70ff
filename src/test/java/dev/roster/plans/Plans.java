package dev.roster.plans;

import dev.roster.store.Database;
import dev.roster.store.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EXPLAIN on either engine, and what in a plan means "no index here". */
final class Plans {
    private static final Pattern SQLITE_SCAN = Pattern.compile("^SCAN (\\w+)");
    private static final Pattern PG_SEQ_SCAN = Pattern.compile("Seq Scan on (\\w+)");

    private Plans() {}

    /** The plan's lines; on SQLite each line is indented by its depth, top-level lines first at depth 0. */
    static List<String> explain(Database db, String sql, List<Object> params) {
        // On PostgreSQL reads run in autocommit; the settings below last for one transaction, so use a write one.
        return db.write(tx -> {
            if (tx.engine() == Engine.POSTGRESQL) {
                tx.list("select set_config('enable_seqscan', 'off', true)", rs -> rs.getString(1));
                tx.list("select set_config('enable_sort', 'off', true)", rs -> rs.getString(1));
                return tx.list("explain " + sql, rs -> rs.getString(1), params.toArray());
            }
            List<int[]> ids = new ArrayList<>();
            return tx.list("explain query plan " + sql, rs -> {
                int id = rs.getInt(1);
                int parent = rs.getInt(2);
                int depth = 0;
                for (int[] row : ids) if (row[0] == parent) depth = row[1] + 1;
                ids.add(new int[] {id, depth});
                return "  ".repeat(depth) + rs.getString(4);
            }, params.toArray());
        });
    }

    /**
     * What in a plan means a missing index: a table read row by row (SQLite's own co-routines and
     * json_each over one value aside), or a sort of a tenant's whole table, as when the only
     * condition the index narrows by is the tenant. A sort of what a filter's index found is fine.
     */
    static List<String> problems(Engine engine, List<String> plan) {
        return engine == Engine.SQLITE ? sqliteProblems(plan) : postgresProblems(plan);
    }

    private static List<String> sqliteProblems(List<String> plan) {
        List<String> problems = new ArrayList<>();
        String joined = String.join("\n", plan);
        boolean tenantOnly = false;
        for (String line : plan) {
            String step = line.strip();
            Matcher scan = SQLITE_SCAN.matcher(step);
            if (scan.find() && !step.startsWith("SCAN CONSTANT ROW") && !step.contains("json_each")
                    && !joined.contains("CO-ROUTINE " + scan.group(1)) && !joined.contains("MATERIALIZE " + scan.group(1))) {
                problems.add("reads every row of " + scan.group(1));
            }
            if (!line.startsWith(" ") && step.startsWith("SEARCH ") && step.endsWith("(org_id=?)")) tenantOnly = true;
            if (!line.startsWith(" ") && step.startsWith("USE TEMP B-TREE FOR") && step.contains("ORDER BY") && tenantOnly) {
                problems.add("sorts every row of the tenant instead of walking an index in order");
            }
        }
        return problems;
    }

    private static List<String> postgresProblems(List<String> plan) {
        List<String> problems = new ArrayList<>();
        // Sorting by the id within groups of a unique key's value sorts groups of one row.
        boolean walksUniqueKey = String.join("\n", plan).matches("(?s).*using \\w+_uq on.*");
        boolean sorted = false;
        boolean tenantOnly = false;
        for (String line : plan) {
            String step = line.strip();
            Matcher seq = PG_SEQ_SCAN.matcher(step);
            if (seq.find()) problems.add("reads every row of " + seq.group(1));
            if (step.matches("(->\\s+)?Sort\\s+\\(.*")) sorted = true;
            if (step.matches("(->\\s+)?Incremental Sort\\s+\\(.*") && !walksUniqueKey) sorted = true;
            if (step.matches("(Index Cond|Recheck Cond): \\((\\w+\\.)?org_id = [^()]+\\)")) tenantOnly = true;
        }
        if (sorted && tenantOnly) problems.add("sorts every row of the tenant instead of walking an index in order");
        return problems;
    }
}
