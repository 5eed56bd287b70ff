package dev.roster.devorgs;

import dev.roster.errors.ApiError;
import dev.roster.http.Fields;
import dev.roster.http.RequestBody;
import java.util.Optional;

/** {@code dev-orgs.create}: an optional display name and admin email (default {@code admin@roster.local}). */
record NewDevOrg(Optional<String> displayName, String adminEmail) {
    static final String DEFAULT_ADMIN_EMAIL = "admin@roster.local";
    private static final int MAX_DISPLAY_NAME = 256;

    static NewDevOrg parse(RequestBody body) {
        Optional<String> displayName = body.text("display_name", MAX_DISPLAY_NAME);
        String adminEmail = body.string("admin_email").map(email -> Fields.email("admin_email", email))
            .orElse(DEFAULT_ADMIN_EMAIL);
        // A fixture names one of the fixtures the server loaded, and this server loads none.
        if (body.string("fixture").isPresent()) {
            throw ApiError.invalidField("fixture", "no fixtures are loaded on this server").toException();
        }
        return new NewDevOrg(displayName, adminEmail);
    }
}
