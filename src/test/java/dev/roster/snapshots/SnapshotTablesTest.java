package dev.roster.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.store.Engine;
import dev.roster.store.Tx;
import dev.roster.testing.ApiTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What snapshots know of the schema is the database's: a column a migration adds must be added to snapshots. */
class SnapshotTablesTest extends ApiTest {
    @Test
    void every_table_with_an_org_id_is_snapshotted_with_exactly_its_columns_but_tokens_and_snapshots() {
        Map<String, List<String>> database = server.services().db().read(SnapshotTablesTest::orgTables);
        Map<String, List<String>> known = new TreeMap<>();
        SnapshotTables.TABLES.forEach(t -> known.put(t.name(), t.columnNames().stream().sorted().toList()));
        for (String left : SnapshotTables.NOT_SNAPSHOTTED) database.remove(left);
        assertEquals(database, known, "SnapshotTables lists every column but org_id of every table with an org_id");
    }

    @Test
    void a_restore_keeps_every_column_of_api_token() {
        List<String> columns = new ArrayList<>(server.services().db().read(SnapshotTablesTest::orgTables).get("api_token"));
        assertEquals(columns, new TreeSet<>(OrgDataStore.TOKEN_COLUMNS).stream().toList());
    }

    /** Each table having an org_id column, with its other columns, sorted. */
    private static Map<String, List<String>> orgTables(Tx tx) {
        record Col(String table, String column) {}
        List<Col> all = tx.engine() == Engine.POSTGRESQL
            ? tx.list("select table_name as t, column_name as c from information_schema.columns"
                + " where table_schema = current_schema()", rs -> new Col(rs.getString("t"), rs.getString("c")))
            : tx.list("select m.name as t, c.name as c from sqlite_master m, pragma_table_info(m.name) c where m.type = 'table'",
                rs -> new Col(rs.getString("t"), rs.getString("c")));
        TreeSet<String> orgTables = new TreeSet<>(all.stream().filter(c -> c.column().equals("org_id")).map(Col::table).toList());
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : orgTables) {
            tables.put(table, all.stream().filter(c -> c.table().equals(table) && !c.column().equals("org_id"))
                .map(Col::column).sorted().toList());
        }
        return tables;
    }
}
