package dev.roster.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One client of the crash test: it writes directory objects of every kind until the server dies.
 * Each object is written by this client only, so its expected shape is known after every write;
 * every write changes its object, so each change is told apart by its shapes before and after.
 */
final class CrashLoad {
    private final Api api;
    private final Stories stories;
    private final String name;

    CrashLoad(Api api, Stories stories, String name) {
        this.api = api;
        this.stories = stories;
        this.name = name;
    }

    /** Writes until a write is cut off. */
    void run() {
        for (int i = 0; batch(name + "-" + i); i++) { }
    }

    /** One object of each kind and a dozen writes to them; false once one is cut off. */
    private boolean batch(String key) {
        JsonNode tag = create("/tags.create", "{\"name\":\"t" + key + "\"}", "tag");
        if (tag == null || !update("/tags.update", "{\"id\":\"" + id(tag) + "\",\"description\":\"d" + key + "\"}", "tag", tag,
            Shapes.tag("t" + key, "d" + key))) return false;
        return devUser(key) && revUsers(key, tag.get("display_id").asText());
    }

    private boolean devUser(String key) {
        String email = "u" + key + "@example.com";
        JsonNode user = create("/dev-users.create", "{\"email\":\"" + email + "\",\"state\":\"shadow\",\"full_name\":\"U " + key
            + "\"}", "dev_user");
        if (user == null) return false;
        String id = id(user);
        Function<List<String>, String> shape = identities -> Shapes.devUser(email, "V " + key, "shadow", identities);
        return update("/dev-users.update", "{\"id\":\"" + id + "\",\"full_name\":\"V " + key + "\"}", "dev_user", user,
                shape.apply(List.of()))
            && update("/dev-users.identities.link", identity(id, key), "dev_user", user, shape.apply(List.of("crash:" + key)))
            && update("/dev-users.identities.unlink", "{\"dev_user\":\"" + id + "\",\"issuer\":\"crash\"}", "dev_user", user,
                shape.apply(List.of()))
            && update("/dev-users.identities.link", identity(id, key + "-again"), "dev_user", user,
                shape.apply(List.of("crash:" + key + "-again")));
    }

    /** An account (with its default rev org), a rev user moved out of it and back, and another merged into it. */
    private boolean revUsers(String key, String tag) {
        ApiResponse made = send(() -> api.post("/accounts.create",
            "{\"display_name\":\"A " + key + "\",\"domains\":[\"d" + key + ".example.com\"]}"));
        if (made == null) return false;
        JsonNode account = acknowledgedCreation(made.assertStatus(201).body().get("account"), "account");
        String revOrg = acknowledgedCreation(made.body().get("default_rev_org"), "rev_org").get("display_id").asText();
        String ref = "r" + key;
        String email = ref + "@example.com";
        JsonNode user = create("/rev-users.create", "{\"email\":\"" + email + "\",\"account\":\"" + id(account)
            + "\",\"external_ref\":\"" + ref + "\"}", "rev_user");
        if (user == null) return false;
        String id = id(user);
        BiFunction<String, List<String>, String> shape = (org, refs) -> Shapes.revUser(email, "R " + key, org, ref, refs, List.of(tag));
        return update("/rev-users.update", "{\"id\":\"" + id + "\",\"display_name\":\"R " + key + "\",\"tags\":[{\"id\":\""
                + tag + "\"}]}", "rev_user", user, shape.apply(revOrg, List.of()))
            && update("/rev-users.unlink", "{\"id\":\"" + id + "\",\"rev_org\":\"" + revOrg + "\"}", "rev_user", user,
                shape.apply("", List.of()))
            && update("/rev-users.link", "{\"id\":\"" + id + "\",\"rev_org\":\"" + revOrg + "\"}", "rev_user", user,
                shape.apply(revOrg, List.of()))
            && merge(id, "s" + key, shape.apply(revOrg, List.of("s" + key)));
    }

    /** Makes another rev user and merges it into {@code survivor}, which takes its ref (the merge answers {}, so both shapes are predicted). */
    private boolean merge(String survivor, String ref, String survivorAfter) {
        JsonNode other = create("/rev-users.create", "{\"email\":\"" + ref + "@example.com\",\"external_ref\":\"" + ref + "\"}",
            "rev_user");
        if (other == null) return false;
        ApiResponse merged = send(() -> api.post("/rev-users.merge",
            "{\"primary_user\":\"" + survivor + "\",\"secondary_user\":\"" + id(other) + "\"}"));
        if (merged == null) {
            stories.cutOff(survivor, survivorAfter);
            stories.cutOff(id(other), Shapes.ABSENT);
            return false;
        }
        merged.assertStatus(200);
        stories.acknowledged(survivor, survivorAfter);
        stories.acknowledged(id(other), Shapes.ABSENT);
        return true;
    }

    /** Creates an object; answers it, or null when the answer was cut off (its id is then unknown). */
    private JsonNode create(String path, String body, String family) {
        ApiResponse response = send(() -> api.post(path, body));
        return response == null ? null : acknowledgedCreation(response.assertStatus(201).body().get(family), family);
    }

    private JsonNode acknowledgedCreation(JsonNode object, String family) {
        stories.created(family, id(object), Shapes.of(family, object));
        return object;
    }

    /** Changes {@code object} to {@code expected}; false when the answer was cut off. */
    private boolean update(String path, String body, String family, JsonNode object, String expected) {
        ApiResponse response = send(() -> api.post(path, body));
        if (response == null) {
            stories.cutOff(id(object), expected);
            return false;
        }
        assertEquals(expected, Shapes.of(family, response.assertStatus(200).body().get(family)), path + " " + body);
        stories.acknowledged(id(object), expected);
        return true;
    }

    private static String identity(String user, String id) {
        return "{\"dev_user\":\"" + user + "\",\"issuer\":\"crash\",\"id\":\"" + id + "\"}";
    }

    private static String id(JsonNode object) { return object.get("id").asText(); }

    /** Sends a write; answers its response, or null when the connection died (the server was killed). */
    static ApiResponse send(Supplier<ApiResponse> write) {
        try {
            return write.get();
        } catch (UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }
}
