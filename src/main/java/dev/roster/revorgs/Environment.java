package dev.roster.revorgs;

import java.util.Locale;

/** The contract's org-environment. */
enum Environment {
    PRODUCTION, STAGING, TEST;

    String wire() { return name().toLowerCase(Locale.ROOT); }
}
