package dev.roster.devorgs;

import dev.roster.fixtures.Fixtures;
import dev.roster.http.Fields;
import dev.roster.http.RequestBody;
import java.util.Optional;

/**
 * {@code dev-orgs.create}: an optional display name, admin email (default {@code admin@roster.local})
 * and fixture to apply.
 */
record NewDevOrg(Optional<String> displayName, String adminEmail, Optional<String> fixture) {
    static final String DEFAULT_ADMIN_EMAIL = "admin@roster.local";
    private static final int MAX_DISPLAY_NAME = 256;

    static NewDevOrg parse(RequestBody body) {
        Optional<String> displayName = body.text("display_name", MAX_DISPLAY_NAME);
        String adminEmail = body.string("admin_email").map(email -> Fields.email("admin_email", email))
            .orElse(DEFAULT_ADMIN_EMAIL);
        return new NewDevOrg(displayName, adminEmail, body.text("fixture", Fixtures.MAX_NAME));
    }
}
