package dev.roster.devorgs;

import java.util.Optional;

/**
 * A new dev org with its first admin. {@code token} is the admin token's secret when the operator
 * chose it (the bootstrap token); empty to have one generated.
 */
public record CreateDevOrg(String displayName, String slug, String adminEmail, Optional<String> token) {}
