package dev.roster.revusers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An association added while its account is deleted either lands before the delete (and goes with it) or is refused. */
class RevUsersAssociationRaceTest extends ApiTest {
    @Test
    void associations_never_outlive_a_concurrently_deleted_account() {
        String user = api.post("/rev-users.create", json("display_name", "Racer")).assertStatus(201).at("/rev_user/id");
        for (int round = 0; round < 30; round++) {
            String account = api.post("/accounts.create", json("display_name", "Doomed " + round)).assertStatus(201)
                .at("/account/id");
            CompletableFuture<Integer> add = CompletableFuture.supplyAsync(() -> api.post("/rev-users.associations.add",
                "{\"rev_user_id\":\"" + user + "\",\"associations\":[{\"associated_to\":\"" + account + "\"}]}").status());
            CompletableFuture<Integer> delete = CompletableFuture.supplyAsync(() ->
                api.post("/accounts.delete", json("id", account)).status());
            assertEquals(200, (int) delete.join(), "the delete goes through");
            assertTrue(Set.of(201, 404).contains(add.join()), "the add lands first or finds the account gone");
        }
        JsonNode left = api.get("/rev-users.associations.list", "rev_user_id=" + user).assertStatus(200).body()
            .get("associations");
        assertEquals(0, left.size(), "no association points to a deleted account: " + left);
    }
}
