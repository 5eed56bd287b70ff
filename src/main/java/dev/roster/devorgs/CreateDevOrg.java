package dev.roster.devorgs;

import java.util.Optional;

/**
 * A new dev org with its first admin. {@code token} is the admin token's secret when the operator
 * chose it (the bootstrap token); empty to have one generated. {@code fixture} names a fixture to
 * apply to the new org, as its admin, in the transaction that creates it.
 */
public record CreateDevOrg(String displayName, String slug, String adminEmail, Optional<String> token, Optional<String> fixture) {
    public CreateDevOrg(String displayName, String slug, String adminEmail, Optional<String> token) {
        this(displayName, slug, adminEmail, token, Optional.empty());
    }
}
