package dev.roster.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.Api;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A full set of directory objects made in one dev org through the API: two dev users (the first
 * with an external identity), a tag with allowed values, two accounts (the first with a domain, an
 * external ref and the tag) with their default rev orgs, a second rev org under the first account,
 * and two rev users (the first linked to that rev org, tagged and associated with the first
 * account), a group of dev users holding the second dev user, and a webhook. {@link #snapshot} fetches every one
 * of them, for proving later that nothing changed.
 */
public final class Directory {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** A URL nothing listens on. */
    static final String NOWHERE = "http://127.0.0.1:9/fuzz";

    public final JsonNode devUser;
    public final JsonNode devUser2;
    public final JsonNode tag;
    public final JsonNode account;
    public final JsonNode defaultRevOrg;
    public final JsonNode account2;
    public final JsonNode defaultRevOrg2;
    public final JsonNode revOrg;
    public final JsonNode revUser;
    public final JsonNode revUser2;
    public final JsonNode group;
    /** Its URL refuses connections: the webhook's verification fails at once, on this machine. */
    public final JsonNode webhook;
    /** Values that are unique to this set: emails, the identity, domain and refs. */
    public final String label;
    /** A token of the set's maker, by its id (its JWT's jti): what auth-tokens.get and .update name. */
    public final String tokenId;

    private Directory(String label, JsonNode devUser, JsonNode devUser2, JsonNode tag, JsonNode account,
                      JsonNode defaultRevOrg, JsonNode account2, JsonNode defaultRevOrg2, JsonNode revOrg,
                      JsonNode revUser, JsonNode revUser2, JsonNode group, JsonNode webhook, String tokenId) {
        this.label = label;
        this.tokenId = tokenId;
        this.devUser = devUser;
        this.devUser2 = devUser2;
        this.tag = tag;
        this.account = account;
        this.defaultRevOrg = defaultRevOrg;
        this.account2 = account2;
        this.defaultRevOrg2 = defaultRevOrg2;
        this.revOrg = revOrg;
        this.revUser = revUser;
        this.revUser2 = revUser2;
        this.group = group;
        this.webhook = webhook;
    }

    /** Makes the set with {@code api} (an admin client); {@code label} keeps its unique values apart. */
    public static Directory create(Api api, String label) {
        JsonNode devUser = post(api, "/dev-users.create", 201, "dev_user",
            Map.of("email", label + "-dev@example.com", "state", "shadow", "full_name", "Dev " + label,
                "custom_fields", Map.of("team", label)));
        devUser = post(api, "/dev-users.identities.link", 200, "dev_user", Map.of("dev_user", id(devUser),
            "issuer", "github", "id", label + "-gh", "display_name", label));
        JsonNode devUser2 = post(api, "/dev-users.create", 201, "dev_user",
            Map.of("email", label + "-dev2@example.com", "state", "shadow"));
        JsonNode tag = post(api, "/tags.create", 201, "tag",
            Map.of("name", label + "-tier", "description", "tier of " + label, "allowed_values", List.of("gold", "silver")));
        JsonNode created = api.post("/accounts.create", json(Map.of("display_name", "Account " + label,
                "domains", List.of(label + ".example.com"), "external_refs", List.of(label + "-acc-ref"),
                "owned_by", List.of(id(devUser)), "tier", "enterprise", "websites", List.of("https://" + label + ".example.com"),
                "tags", List.of(Map.of("id", id(tag), "value", "gold")), "custom_fields", Map.of("region", "eu"))))
            .assertStatus(201).body();
        JsonNode created2 = api.post("/accounts.create", json(Map.of("display_name", "Second " + label)))
            .assertStatus(201).body();
        JsonNode revOrg = post(api, "/rev-orgs.create", 201, "rev_org", Map.of("account", id(created.get("account")),
            "display_name", "Branch " + label, "external_ref", label + "-branch", "environment", "production",
            "tags", List.of(Map.of("id", id(tag)))));
        JsonNode revUser = post(api, "/rev-users.create", 201, "rev_user", Map.of("display_name", "Contact " + label,
            "email", label + "-contact@example.com", "rev_org", id(revOrg), "external_ref", label + "-contact",
            "external_refs", List.of(label + "-crm"), "phone_numbers", List.of("+15550100"),
            "tags", List.of(Map.of("id", id(tag), "value", "silver")), "custom_fields", Map.of("vip", true)));
        api.post("/rev-users.associations.add", json(Map.of("rev_user_id", id(revUser),
            "associations", List.of(Map.of("associated_to", id(created.get("account"))))))).assertStatus(201);
        JsonNode revUser2 = post(api, "/rev-users.create", 201, "rev_user", Map.of("display_name", "Other " + label,
            "email", label + "-other@example.com", "account", id(created2.get("account"))));
        JsonNode group = post(api, "/groups.create", 201, "group", Map.of("name", label + "-team",
            "description", "team of " + label, "owner", id(devUser)));
        api.post("/groups.members.add", json(Map.of("group", id(group), "member", id(devUser2)))).assertStatus(200);
        JsonNode webhook = post(api, "/webhooks.create", 201, "webhook", Map.of("url", NOWHERE,
            "event_types", List.of("tag_updated"), "headers", List.of(Map.of("name", "X-Label", "value", label))));
        String token = api.post("/auth-tokens.create", json(Map.of("token_hint", label, "scope", "read")))
            .assertStatus(201).at("/access_token");
        String tokenId = api.withToken(token).get("/auth-tokens.list").assertStatus(200).at("/tokens/0/id");
        return new Directory(label, devUser, devUser2, tag, created.get("account"), created.get("default_rev_org"),
            created2.get("account"), created2.get("default_rev_org"), revOrg, revUser, revUser2, group, webhook, tokenId);
    }

    /** Every object of the set, keyed by a readable name. */
    public Map<String, JsonNode> objects() {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        all.put("dev user", devUser);
        all.put("second dev user", devUser2);
        all.put("tag", tag);
        all.put("account", account);
        all.put("default rev org", defaultRevOrg);
        all.put("second account", account2);
        all.put("second default rev org", defaultRevOrg2);
        all.put("rev org", revOrg);
        all.put("rev user", revUser);
        all.put("second rev user", revUser2);
        all.put("group", group);
        all.put("webhook", webhook);
        return all;
    }

    /**
     * The exact response text of a get of every object (and of the first rev user's associations),
     * fetched with {@code api}, a client of the set's own dev org.
     */
    public Map<String, String> snapshot(Api api) {
        Map<String, String> texts = new LinkedHashMap<>();
        objects().forEach((name, object) -> texts.put(name, api.get(getPath(object), "id=" + id(object)).assertStatus(200).text()));
        texts.put("rev user associations",
            api.get("/rev-users.associations.list", "rev_user_id=" + id(revUser)).assertStatus(200).text());
        texts.put("group members", api.get("/groups.members.list", "group=" + id(group)).assertStatus(200).text());
        return texts;
    }

    /** The get operation for an object, from its display id. */
    public static String getPath(JsonNode object) {
        String displayId = object.get("display_id").asText();
        return switch (displayId.substring(0, displayId.indexOf('-'))) {
            case "DEVU" -> "/dev-users.get";
            case "REVU" -> "/rev-users.get";
            case "REV" -> "/rev-orgs.get";
            case "ACC" -> "/accounts.get";
            case "TAG" -> "/tags.get";
            case "GROUP" -> "/groups.get";
            case "WEBHOOK" -> "/webhooks.get";
            default -> throw new IllegalArgumentException(displayId);
        };
    }

    public static String id(JsonNode object) { return object.get("display_id").asText(); }

    public static String don(JsonNode object) { return object.get("id").asText(); }

    private static JsonNode post(Api api, String path, int status, String field, Map<String, ?> body) {
        return api.post(path, json(body)).assertStatus(status).body().get(field);
    }

    static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
