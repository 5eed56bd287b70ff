package dev.roster.devusers;

import java.util.Locale;

/** The contract's user states. Roster sets shadow, active, deactivated and deleted (by merge). */
enum UserState {
    ACTIVE, DEACTIVATED, DELETED, LOCKED, SHADOW, UNASSIGNED;

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static UserState ofWire(String text) { return valueOf(text.toUpperCase(Locale.ROOT)); }
}
