package dev.roster.ui;

import dev.roster.testing.Api;
import java.util.UUID;

/** Objects of the acme fixture the admin page's tests read, and fresh objects for those that change data. */
final class Acme {
    private final Api api;

    Acme(Api api) {
        this.api = api;
    }

    /** The display ID of the first object {@code operation} lists with {@code filter}, at {@code pointer}. */
    String find(String operation, String filter, String pointer) {
        return api.post("/" + operation, filter).assertStatus(200).at(pointer);
    }

    String revUser(String email) {
        return find("rev-users.list", "{\"email\":[\"" + email + "\"]}", "/rev_users/0/display_id");
    }

    String revOrg(String name) {
        return find("rev-orgs.list", "{\"display_name\":[\"" + name + "\"]}", "/rev_orgs/0/display_id");
    }

    String account(String name) {
        return find("accounts.list", "{\"display_name\":[\"" + name + "\"]}", "/accounts/0/display_id");
    }

    String tag(String name) {
        return find("tags.list", "{\"name\":[\"" + name + "\"]}", "/tags/0/display_id");
    }

    /** A word no other test uses, for names and emails. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates with {@code operation} (201) and answers the new object's display ID at {@code pointer}. */
    String create(String operation, String body, String pointer) {
        return api.post("/" + operation, body).assertStatus(201).at(pointer);
    }

    Api api() { return api; }
}
