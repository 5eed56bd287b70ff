package dev.roster.snapshots;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roster.testing.Api;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a dev org's admin can list, as response texts: dev users, tags, accounts, rev orgs,
 * rev users, groups, each rev user's associations and each group's members. {@link #modIds}
 * numbers ids by first appearance, so two dev orgs holding the same objects and relations under
 * other ids read the same.
 */
final class OrgView {
    private static final Pattern IDS = Pattern.compile("\\b(DEVU|REVU|REV|ACC|TAG|GROUP|DEV)-(\\d+)|\\b(devu|revu|revo|account|tag|group|devo)/(\\d+)");

    private OrgView() {}

    static String of(Api admin) {
        StringBuilder all = new StringBuilder();
        for (String list : new String[] {"/dev-users.list", "/tags.list", "/accounts.list", "/rev-orgs.list", "/rev-users.list", "/groups.list"}) {
            all.append(list).append(' ').append(admin.get(list, "limit=100").assertStatus(200).text()).append('\n');
        }
        for (JsonNode revUser : admin.get("/rev-users.list", "limit=100").assertStatus(200).body().get("rev_users")) {
            String id = revUser.get("display_id").asText();
            all.append(id).append(' ').append(admin.get("/rev-users.associations.list", "rev_user_id=" + id)
                .assertStatus(200).text()).append('\n');
        }
        for (JsonNode group : admin.get("/groups.list", "limit=100").assertStatus(200).body().get("groups")) {
            String id = group.get("display_id").asText();
            all.append(id).append(' ').append(admin.get("/groups.members.list", "group=" + id).assertStatus(200).text())
                .append('\n');
        }
        return all.toString();
    }

    /** The text with every id replaced by its kind and the order in which it first appears. */
    static String modIds(String text) {
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = IDS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1) != null ? m.group(1).toUpperCase() : m.group(3).toUpperCase();
            String number = m.group(1) != null ? m.group(2) : m.group(4);
            String key = canonicalKind(kind) + number;
            int n = seen.computeIfAbsent(key, k -> seen.size() + 1);
            m.appendReplacement(out, canonicalKind(kind) + "#" + n);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Display ids and DON segments name the same kinds differently. */
    private static String canonicalKind(String kind) {
        return switch (kind) {
            case "DEVU" -> "devu";
            case "REVU" -> "revu";
            case "REV", "REVO" -> "revo";
            case "ACC", "ACCOUNT" -> "account";
            case "TAG" -> "tag";
            case "GROUP" -> "group";
            default -> "devo";
        };
    }
}
