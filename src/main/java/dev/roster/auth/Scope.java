package dev.roster.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;

/** What a token may do. Each scope includes the ones before it. */
public enum Scope implements RouteRole {
    /** get, list and self. */
    READ,
    /** read, plus updating oneself and linking or unlinking one's own identities. */
    WRITE,
    /** everything. */
    ADMIN;

    public boolean includes(Scope other) { return compareTo(other) >= 0; }

    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Scope ofWire(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
