package dev.roster.events;

import static dev.roster.events.Events.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.ApiTest;
import dev.roster.testing.DevUsers;
import dev.roster.testing.Parallel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Concurrent changes of one object leave a chain of events: in id order, each event's old object is
 * the object of the one before, and the last one's object is the object as it is now. So a receiver
 * that applies them in order ends where the directory is, however the changes interleaved.
 */
class ConcurrentChangesTest extends ApiTest {
    private static final int WRITERS = 8;

    /** Runs {@code WRITERS} changes at once, each answering 200. */
    private void race(IntFunction<Integer> change) throws Exception {
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int n = i;
            calls.add(() -> change.apply(n));
        }
        assertEquals(Collections.nCopies(WRITERS, 200), Parallel.inParallel(calls));
    }

    /** Asserts the object's events (oldest first) chain from {@code created} to the object as {@code get} answers it now. */
    private void assertChain(JsonNode created, String key, String get) {
        JsonNode now = api.get(get, "id=" + created.get("display_id").asText()).assertStatus(200).body().get(key);
        String objectId = created.get("id").asText();
        List<JsonNode> events = Events.all(api).stream().filter(e -> e.get("object_id").asText().equals(objectId)).toList();
        assertEquals(WRITERS + 1, events.size());
        JsonNode previous = created;
        for (JsonNode event : events.subList(1, events.size())) {
            assertEquals(previous, object(event, "old_" + key), "event " + event.get("id").asText());
            previous = object(event, key);
        }
        assertEquals(now, previous);
    }

    /** Creates an object of {@code kind} (tags, rev-users), races updates of its {@code field}, and checks the chain. */
    private void raceUpdatesOf(String kind, String key, String createBody, String field) throws Exception {
        JsonNode created = api.post("/" + kind + ".create", createBody).assertStatus(201).body().get(key);
        String id = created.get("display_id").asText();
        race(n -> api.post("/" + kind + ".update", json("id", id, field, "writer " + n)).status());
        assertChain(created, key, "/" + kind + ".get");
    }

    @Test
    void racing_updates_of_a_rev_user_chain_their_old_and_new_users() throws Exception {
        raceUpdatesOf("rev-users", "rev_user", json("display_name", "Ada"), "description");
    }

    @Test
    void racing_links_and_updates_of_a_dev_user_chain_their_old_and_new_users() throws Exception {
        JsonNode ada = DevUsers.create(api, "ada@example.com");
        String id = ada.get("display_id").asText();
        race(n -> (n % 2 == 0
            ? api.post("/dev-users.identities.link", json("dev_user", id, "issuer", "issuer-" + n, "id", "a-" + n))
            : api.post("/dev-users.update", json("id", id, "display_name", "Ada " + n))).status());
        assertChain(ada, "dev_user", "/dev-users.get");
    }

    @Test
    void racing_updates_of_a_tag_chain_their_old_and_new_tags() throws Exception {
        raceUpdatesOf("tags", "tag", json("name", "vip"), "description");
    }
}
