package dev.roster.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.errors.ApiError;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the objects a line refers to in the target dev org, by natural key: a dev user by email, a
 * tag or a group by name, an account by an external ref, a rev org or a rev user by its external
 * ref, a webhook by its url. A reference is that key as a string (a file from elsewhere), or the
 * summary object the API shows, whose key it carries; accounts' and rev orgs' summaries carry none,
 * so they are found by the id they had in the file, which their own earlier line recorded. Answers
 * are the target's ids (DONs), as requests take them. Lookups of the few referenced kinds are remembered.
 */
final class NaturalKeys {
    private final OperationRunner api;
    private final Map<String, String> devUsers = new HashMap<>();
    private final Map<String, String> tags = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();
    private final Map<String, String> accounts = new HashMap<>();
    private final Map<String, String> revOrgs = new HashMap<>();
    /** Every webhook's url to its id, read whole at the first lookup: webhooks are few and have no filter by url. */
    private Map<String, String> webhooks;
    /**
     * Accounts' and rev orgs' ids in the file, to their ids here: kept across {@link #forget}, as they
     * come from committed lines; shared by the imports's workers, which only read it.
     */
    private final Map<String, String> fileIds;

    NaturalKeys(OperationRunner api, Map<String, String> fileIds) {
        this.api = api;
        this.fileIds = fileIds;
    }

    /** Drops what was looked up: a line that failed may have created what it remembered, and rolled it back. */
    void forget() {
        devUsers.clear();
        tags.clear();
        groups.clear();
        accounts.clear();
        revOrgs.clear();
        webhooks = null;
    }

    /** Records that the object with id {@code fileId} in the file is {@code id} here. */
    void imported(String fileId, String id) {
        if (fileId != null) fileIds.put(fileId, id);
    }

    /** The file's account and rev org ids recorded so far, to this store's. */
    Map<String, String> fileIds() { return Map.copyOf(fileIds); }

    Optional<String> findDevUser(String email) {
        return find(devUsers, email.toLowerCase(Locale.ROOT), "dev-users.list", "email", "dev_users");
    }

    Optional<String> findTag(String name) {
        return find(tags, name.toLowerCase(Locale.ROOT), "tags.list", "name", "tags");
    }

    Optional<String> findGroup(String name) {
        return find(groups, name.toLowerCase(Locale.ROOT), "groups.list", "name", "groups");
    }

    Optional<String> findAccount(String externalRef) {
        return find(accounts, externalRef, "accounts.list", "external_refs", "accounts");
    }

    Optional<String> findRevOrg(String externalRef) {
        return find(revOrgs, externalRef, "rev-orgs.list", "external_ref", "rev_orgs");
    }

    Optional<String> findWebhook(String url) {
        if (webhooks == null) {
            webhooks = new HashMap<>();
            for (JsonNode webhook : api.run("webhooks.list", OperationRunner.request()).path("webhooks")) {
                webhooks.putIfAbsent(webhook.path("url").asText(), webhook.path("id").asText());
            }
        }
        return Optional.ofNullable(webhooks.get(url));
    }

    /** Records a webhook just created, so that a later line of its url finds it. */
    void createdWebhook(String url, String id) {
        if (webhooks != null) webhooks.putIfAbsent(url, id);
    }

    /** Not remembered: rev users are the many. */
    Optional<String> findRevUser(String externalRef) {
        return first("rev-users.list", "external_ref", externalRef, "rev_users");
    }

    String devUser(String field, JsonNode ref) {
        String email = key(field, ref, "email", "dev user");
        return findDevUser(email).orElseThrow(() -> missing(field, "no dev user with email " + email));
    }

    /** A tag of an object's {@code tags}: the API's {@code {tag: {name}}} or {@code {name}}. */
    String tag(String field, JsonNode item) {
        JsonNode ref = item.has("tag") ? item.get("tag") : item;
        String name = key(field, ref, "name", "tag");
        return findTag(name).orElseThrow(() -> missing(field, "no tag named " + name));
    }

    String group(String field, JsonNode ref) {
        String name = key(field, ref, "name", "group");
        return findGroup(name).orElseThrow(() -> missing(field, "no group named " + name));
    }

    String revUser(String field, JsonNode ref) {
        String externalRef = key(field, ref, "external_ref", "rev user");
        return findRevUser(externalRef).orElseThrow(() -> missing(field, "no rev user with external ref " + externalRef));
    }

    String account(String field, JsonNode ref) {
        if (ref.isTextual()) {
            return findAccount(ref.textValue())
                .orElseThrow(() -> missing(field, "no account with external ref " + ref.textValue()));
        }
        return byFileId(field, ref, "account", "one of its external refs");
    }

    String revOrg(String field, JsonNode ref) {
        if (ref.isTextual()) {
            return findRevOrg(ref.textValue())
                .orElseThrow(() -> missing(field, "no rev org with external ref " + ref.textValue()));
        }
        return byFileId(field, ref, "rev org", "its external ref");
    }

    private String byFileId(String field, JsonNode ref, String kind, String key) {
        String fileId = ref.path("id").textValue();
        if (fileId == null) throw missing(field, "names no " + kind + ": give " + key + " as a string, or the API's summary with its id");
        String id = fileIds.get(fileId);
        if (id == null) {
            throw missing(field, "no earlier line of this file holds " + kind + " " + ref.path("display_id").asText(fileId)
                + "; import it first, or name it by " + key);
        }
        return id;
    }

    /** The natural key of a reference: the string itself, or the summary's {@code keyField}. */
    private static String key(String field, JsonNode ref, String keyField, String kind) {
        JsonNode key = ref instanceof ObjectNode summary ? summary.get(keyField) : ref;
        if (key == null || !key.isTextual() || key.textValue().isBlank()) {
            throw missing(field, "names no " + kind + ": give its " + keyField.replace('_', ' ') + " as a string, or an object "
                + "with " + keyField);
        }
        return key.textValue();
    }

    private Optional<String> find(Map<String, String> known, String key, String operation, String filter, String field) {
        String id = known.get(key);
        if (id != null) return Optional.of(id);
        Optional<String> found = first(operation, filter, key, field);
        found.ifPresent(value -> known.put(key, value));
        return found;
    }

    private Optional<String> first(String operation, String filter, String key, String field) {
        ObjectNode request = OperationRunner.request().put("limit", 1);
        request.putArray(filter).add(key);
        JsonNode items = api.run(operation, request).path(field);
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).path("id").asText());
    }

    private static RuntimeException missing(String field, String reason) {
        return ApiError.valueNotPermitted(field, reason).toException();
    }
}
