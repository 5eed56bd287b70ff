package dev.roster.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.errors.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetTest {
    private static final SortKey CREATED = new SortKey("created_date", false, true);
    private static final SortKey NAME = new SortKey("display_name", false, false);
    private static final SortKey ID = new SortKey("id", false, true);
    private static final SortColumns<Object> COLUMNS = new SortColumns<>()
        .and("created_date", "u.created_date", row -> row)
        .and("display_name", "u.display_name", row -> row)
        .and("id", "u.id", row -> row);

    @Test
    void one_direction_uses_a_row_comparison() {
        Sql after = Keyset.seek(List.of(CREATED, ID), COLUMNS, List.of(5L, 9L), true);
        assertEquals("(u.created_date, u.id) > (?, ?)", after.text());
        assertArrayEquals(new Object[] {5L, 9L}, after.params());
        assertEquals("(u.created_date, u.id) < (?, ?)", Keyset.seek(List.of(CREATED, ID), COLUMNS, List.of(5L, 9L), false).text());
        assertEquals("(u.created_date, u.id) < (?, ?)",
            Keyset.seek(List.of(CREATED.reversed(), ID.reversed()), COLUMNS, List.of(5L, 9L), true).text());
    }

    @Test
    void mixed_directions_expand_into_alternatives() {
        Sql sql = Keyset.seek(List.of(NAME.reversed(), ID), COLUMNS, List.of("m", 9L), true);
        assertEquals("((u.display_name < ?) or (u.display_name = ? and u.id > ?))", sql.text());
        assertArrayEquals(new Object[] {"m", "m", 9L}, sql.params());
    }

    @Test
    void order_by_walks_either_way() {
        assertEquals(" order by u.display_name desc, u.id asc", Keyset.orderBy(List.of(NAME.reversed(), ID), COLUMNS, true));
        assertEquals(" order by u.display_name asc, u.id desc", Keyset.orderBy(List.of(NAME.reversed(), ID), COLUMNS, false));
    }

    @Test
    void cursors_round_trip_and_refuse_anything_else() {
        List<SortKey> keys = List.of(NAME, ID);
        Cursor cursor = new Cursor("abc", false, List.of("Ada", 12L));
        assertEquals(cursor, Cursor.decode(cursor.encode(), keys));
        for (String bad : new String[] {"x", "", "e30", new Cursor("abc", true, List.of(1L, 2L)).encode(),
            new Cursor("abc", true, List.of("a")).encode()}) {
            assertThrows(ApiException.class, () -> Cursor.decode(bad, keys), bad);
        }
    }

    @Test
    void a_cursor_made_for_another_query_is_refused() {
        Cursor cursor = new Cursor("one", true, List.of(1L, 2L));
        assertThrows(ApiException.class, () -> new PageRequest(List.of(CREATED, ID), 10,
            java.util.Optional.empty(), java.util.Optional.of(cursor), "two"));
    }
}
