package dev.roster.plans;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.roster.testing.Api;
import dev.roster.testing.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small directory, and the reads to run over it: every list filter and sort, scans, gets and exports. */
final class ReadCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadCatalog() {}

    record Read(String path, String query) {
        ApiResponse send(Api api) { return api.get(path, query); }

        Read next(String cursor) {
            return new Read(path, (query.isEmpty() ? "" : query + "&") + "cursor="
                + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public String toString() { return path + "?" + query; }
    }

    private static String json(Map<String, ?> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode created(Api api, String path, Map<String, ?> body, String field) {
        return api.post(path, json(body)).assertStatus(201).body().get(field);
    }

    static void seed(Api api) {
        String ada = created(api, "/dev-users.create", Map.of("email", "ada@example.com", "state", "shadow",
            "display_name", "ada", "custom_fields", Map.of("team", "core")), "dev_user").get("id").asText();
        api.post("/dev-users.identities.link", json(Map.of("dev_user", ada, "issuer", "github", "id", "ada-gh")))
            .assertStatus(200);
        String tag = created(api, "/tags.create", Map.of("name", "vip"), "tag").get("id").asText();
        String account = created(api, "/accounts.create", Map.of("display_name", "Acme", "domains", List.of("acme.com"),
            "websites", List.of("https://acme.com"), "external_refs", List.of("crm-acme"), "tier", "gold"), "account")
            .get("id").asText();
        String revOrg = created(api, "/rev-orgs.create", Map.of("account", account, "display_name", "Acme EU",
            "external_ref", "crm-acme-eu"), "rev_org").get("id").asText();
        for (int i = 0; i < 3; i++) {
            created(api, "/rev-users.create", Map.of("display_name", "Rev " + i, "email", "rev" + i + "@acme.com",
                "external_ref", "crm-" + i, "rev_org", revOrg, "phone_numbers", List.of("+1555000" + i),
                "tags", List.of(Map.of("id", tag)), "custom_fields", Map.of("tier", "gold")), "rev_user");
        }
        String self = api.get("/dev-users.self").body().at("/dev_user/id").asText();
        for (String name : List.of("core", "ops")) {
            String group = created(api, "/groups.create", Map.of("name", name, "description", name, "owner", ada), "group")
                .get("id").asText();
            for (String member : List.of(ada, self)) {
                api.post("/groups.members.add", json(Map.of("group", group, "member", member))).assertStatus(200);
            }
        }
    }

    static List<Read> reads(Api api) {
        String ada = api.get("/dev-users.list", "email=ada@example.com").body().at("/dev_users/0/id").asText();
        String revOrg = api.get("/rev-orgs.list", "display_name=Acme%20EU").body().at("/rev_orgs/0/id").asText();
        String account = api.get("/accounts.list", "").body().at("/accounts/0/id").asText();
        String revUser = api.get("/rev-users.list", "email=rev0@acme.com").body().at("/rev_users/0/id").asText();
        String tag = api.get("/tags.list", "").body().at("/tags/0/id").asText();
        List<Read> reads = new ArrayList<>();
        sorted(reads, "/dev-users.list", List.of("created_date", "modified_date", "display_name", "email", "state"));
        for (String filter : List.of("email=ada@example.com", "state=shadow", "external_identity.issuer=github",
                "external_identity.issuer=github&external_identity.id=ada-gh", "created_date.after=2020-01-01T00:00:00Z",
                "modified_date.before=2100-01-01T00:00:00Z", "custom_fields.team=core")) {
            reads.add(new Read("/dev-users.list", filter));
        }
        reads.add(new Read("/dev-users.get", "id=" + ada));
        reads.add(new Read("/dev-users.self", ""));

        sorted(reads, "/rev-users.list", List.of("created_date", "modified_date", "display_name", "external_ref"));
        for (String filter : List.of("email=rev0@acme.com", "external_ref=crm-1", "external_refs=crm-2",
                "phone_numbers=%2B15550001", "rev_org=" + revOrg, "is_verified=false", "created_by=" + ada,
                "created_date.after=2020-01-01T00:00:00Z", "modified_date.before=2100-01-01T00:00:00Z",
                "custom_fields.tier=gold", "rev_org=" + revOrg + "&sort_by=display_name:asc")) {
            reads.add(new Read("/rev-users.list", filter));
        }
        reads.add(new Read("/rev-users.scan", ""));
        reads.add(new Read("/rev-users.scan", "rev_org=" + revOrg));
        reads.add(new Read("/rev-users.get", "id=" + revUser));
        reads.add(new Read("/rev-users.associations.list", "rev_user_id=" + revUser));

        sorted(reads, "/accounts.list", List.of("created_date", "modified_date", "display_name"));
        for (String filter : List.of("display_name=Acme", "domains=acme.com", "external_refs=crm-acme", "tier=gold",
                "websites=https://acme.com", "created_by=" + ada)) {
            reads.add(new Read("/accounts.list", filter));
            reads.add(new Read("/accounts.export", filter));
        }
        reads.add(new Read("/accounts.get", "id=" + account));

        sorted(reads, "/rev-orgs.list", List.of("created_date", "modified_date", "display_name"));
        for (String filter : List.of("display_name=Acme%20EU", "external_ref=crm-acme-eu", "account=" + account)) {
            reads.add(new Read("/rev-orgs.list", filter));
        }
        reads.add(new Read("/rev-orgs.get", "id=" + revOrg));

        sorted(reads, "/tags.list", List.of("name", "created_date", "modified_date"));
        reads.add(new Read("/tags.list", "name=vip"));
        reads.add(new Read("/tags.get", "id=" + tag));

        String group = api.get("/groups.list", "name=core").body().at("/groups/0/id").asText();
        sorted(reads, "/groups.list", List.of("name", "created_date", "modified_date"));
        for (String filter : List.of("name=core", "member_type=dev_user", "created_by=" + ada)) {
            reads.add(new Read("/groups.list", filter));
        }
        reads.add(new Read("/groups.get", "id=" + group));
        reads.add(new Read("/groups.members.list", "group=" + group));
        reads.add(new Read("/groups.members.list", "limit=1&group=" + group));

        for (String filter : List.of("limit=1", "limit=1&object=" + revUser, "limit=1&type=rev_user_created",
            "limit=1&created_date.after=2020-01-01T00:00:00Z")) {
            reads.add(new Read("/_roster/events.list", filter));
        }
        return reads;
    }

    /** The default order, then each sort key both ways, in pages of one so that a second page follows. */
    private static void sorted(List<Read> reads, String path, List<String> keys) {
        reads.add(new Read(path, ""));
        for (String key : keys) {
            for (String direction : List.of("asc", "desc")) {
                reads.add(new Read(path, "limit=1&sort_by=" + key + ":" + direction));
            }
        }
    }
}
