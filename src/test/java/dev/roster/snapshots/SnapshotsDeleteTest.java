package dev.roster.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.roster.testing.ApiTest;
import org.junit.jupiter.api.Test;

class SnapshotsDeleteTest extends ApiTest {
    private static final String DELETE = "/_roster/snapshots.delete";

    @Test
    void a_deleted_snapshot_is_gone_and_its_name_free_again() {
        api.post("/_roster/snapshots.create", json("name", "s")).assertStatus(201);
        assertEquals("{}", api.post(DELETE, json("name", "s")).assertStatus(200).text());
        api.post("/_roster/snapshots.restore", json("name", "s")).assertError(404, "not_found", null);
        api.post(DELETE, json("name", "s")).assertError(404, "not_found", null);
        api.post("/_roster/snapshots.create", json("name", "s")).assertStatus(201);
    }

    @Test
    void initial_cannot_be_deleted() {
        api.post(DELETE, json("name", "initial")).assertError(400, "value_not_permitted", "name")
            .assertMessageContains("cannot be deleted");
        api.post("/_roster/reset", "{}").assertStatus(200);
    }
}
