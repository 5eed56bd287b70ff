package dev.roster.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of an object that the crash test's writes set, as one comparable line: the same line
 * whether read from an answer, an event or the directory, or predicted for a write whose answer was
 * cut off. Summaries and dates are left out, since other objects' changes move them.
 */
final class Shapes {
    /** The shape of an object that does not exist (never made, deleted or merged away). */
    static final String ABSENT = "absent";

    private static final Map<String, String> GET_PATHS = Map.of("dev_user", "/dev-users.get", "rev_user", "/rev-users.get",
        "account", "/accounts.get", "rev_org", "/rev-orgs.get", "tag", "/tags.get");

    private Shapes() {}

    /** The object families the load writes. */
    static boolean isWritten(String family) { return GET_PATHS.containsKey(family); }

    static String of(String family, JsonNode o) {
        return switch (family) {
            case "dev_user" -> devUser(o.path("email").asText(), o.path("full_name").asText(), o.path("state").asText(),
                texts(o.path("external_identities"), i -> i.path("issuer").asText() + ":" + i.path("id").asText()));
            case "rev_user" -> revUser(o.path("email").asText(), o.path("display_name").asText(),
                o.at("/rev_org/display_id").asText(), o.path("external_ref").asText(),
                texts(o.path("external_refs"), JsonNode::asText), texts(o.path("tags"), t -> t.at("/tag/display_id").asText()));
            case "account" -> account(o.path("display_name").asText(), texts(o.path("domains"), JsonNode::asText));
            case "rev_org" -> revOrg(o.path("display_name").asText(), o.at("/account/display_id").asText());
            case "tag" -> tag(o.path("name").asText(), o.path("description").asText());
            default -> throw new IllegalArgumentException("the load writes no " + family);
        };
    }

    /** The object's shape in the directory now. */
    static String current(Api api, String family, String id) {
        ApiResponse response = api.get(GET_PATHS.get(family), "id=" + id);
        if (response.status() == 404) return ABSENT;
        return of(family, response.assertStatus(200).body().get(family));
    }

    static String devUser(String email, String fullName, String state, List<String> identities) {
        return "dev_user " + email + " | " + fullName + " | " + state + " | " + sorted(identities);
    }

    static String revUser(String email, String displayName, String revOrg, String externalRef, List<String> externalRefs,
                          List<String> tags) {
        return "rev_user " + email + " | " + displayName + " | " + revOrg + " | " + externalRef + " | " + sorted(externalRefs)
            + " | " + sorted(tags);
    }

    static String account(String displayName, List<String> domains) {
        return "account " + displayName + " | " + sorted(domains);
    }

    static String revOrg(String displayName, String account) {
        return "rev_org " + displayName + " | " + account;
    }

    static String tag(String name, String description) {
        return "tag " + name + " | " + description;
    }

    private static List<String> texts(JsonNode array, Function<JsonNode, String> text) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(text.apply(item)));
        return out;
    }

    private static List<String> sorted(List<String> items) {
        return items.stream().sorted().toList();
    }
}
