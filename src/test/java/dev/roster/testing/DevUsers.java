package dev.roster.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** Shortcuts for making dev users in tests, through the API like any client. */
public final class DevUsers {
    private DevUsers() {}

    /** Creates a shadow dev user and answers its dev_user object. */
    public static JsonNode create(Api api, String email) {
        return api.post("/dev-users.create", "{\"email\":\"" + email + "\",\"state\":\"shadow\"}")
            .assertStatus(201).body().get("dev_user");
    }

    /** The object number of a dev user object, as in DEVU-<n>. */
    public static long number(JsonNode devUser) {
        return Long.parseLong(devUser.get("display_id").asText().substring("DEVU-".length()));
    }
}
