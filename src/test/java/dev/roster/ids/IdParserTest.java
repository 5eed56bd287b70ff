package dev.roster.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.errors.ApiError;
import dev.roster.errors.ApiException;
import org.junit.jupiter.api.Test;

class IdParserTest {
    private static ApiError error(String text, IdKind kind) {
        return assertThrows(ApiException.class, () -> IdParser.parse("dev_user", text, kind, 7)).error();
    }

    @Test
    void display_ids_parse_case_insensitively() {
        assertEquals(12, IdParser.parse("f", "DEVU-12", IdKind.DEV_USER, 7));
        assertEquals(12, IdParser.parse("f", "devu-12", IdKind.DEV_USER, 7));
        assertEquals(3, IdParser.parse("f", "rev-3", IdKind.REV_ORG, 7));
        assertEquals(4, IdParser.parse("f", "ACC-4", IdKind.ACCOUNT, 7));
    }

    @Test
    void dons_parse_and_round_trip() {
        String don = Ids.don(IdKind.DEV_USER, 7, 12);
        assertEquals("don:identity:dvrv-us-1:devo/7:devu/12", don);
        assertEquals(12, IdParser.parse("f", don, IdKind.DEV_USER, 7));
        assertEquals(5, IdParser.parse("f", Ids.don(IdKind.TAG, 7, 5), IdKind.TAG, 7));
        assertEquals("don:core:dvrv-us-1:devo/7:tag/5", Ids.don(IdKind.TAG, 7, 5));
    }

    @Test
    void malformed_ids_are_invalid_and_name_the_field() {
        for (String bad : new String[] {"", "DEVU", "DEVU-", "DEVU-x", "DEVU-0", "XYZ-1", "don:identity:dvrv-us-1:devo/7",
            "don:identity:dvrv-us-1:devo/7:devu/", "don:core:dvrv-us-1:devo/7:devu/1", "DEVU-99999999999999999999",
            "don:identity:other:devo/7:devu/1", " DEVU-1"}) {
            ApiError error = error(bad, IdKind.DEV_USER);
            assertEquals(ApiError.InvalidId.class, error.getClass(), bad);
            assertEquals("dev_user", ((ApiError.InvalidId) error).fieldName());
        }
    }

    @Test
    void an_id_of_another_kind_is_an_unexpected_type() {
        assertEquals(ApiError.UnexpectedIdType.class, error("REVU-1", IdKind.DEV_USER).getClass());
        assertEquals(ApiError.UnexpectedIdType.class, error(Ids.don(IdKind.ACCOUNT, 7, 1), IdKind.DEV_USER).getClass());
    }

    @Test
    void a_don_of_another_dev_org_is_not_found() {
        assertEquals(ApiError.NotFound.class, error(Ids.don(IdKind.DEV_USER, 8, 1), IdKind.DEV_USER).getClass());
    }
}
