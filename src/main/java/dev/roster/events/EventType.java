package dev.roster.events;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The webhook event types Roster emits, as DevRev names them. {@code verify} is not among them: it
 * is the handshake a webhook receives before any event, never a change of the directory.
 */
public enum EventType {
    ACCOUNT_CREATED, ACCOUNT_DELETED, ACCOUNT_UPDATED,
    DEV_USER_CREATED, DEV_USER_DELETED, DEV_USER_UPDATED,
    GROUP_CREATED, GROUP_DELETED, GROUP_MEMBER_ADDED, GROUP_MEMBER_REMOVED, GROUP_UPDATED,
    REV_ORG_CREATED, REV_ORG_DELETED, REV_ORG_UPDATED,
    REV_USER_CREATED, REV_USER_DELETED, REV_USER_UPDATED,
    TAG_CREATED, TAG_DELETED, TAG_UPDATED,
    WEBHOOK_CREATED, WEBHOOK_DELETED, WEBHOOK_UPDATED;

    /** The wire name, as in {@code dev_user_updated}: also the envelope's key for the event's object. */
    public String wire() { return name().toLowerCase(Locale.ROOT); }

    public static Optional<EventType> ofWire(String wire) {
        return Arrays.stream(values()).filter(type -> type.wire().equals(wire)).findFirst();
    }

    /** Every wire name, for messages that list the allowed values. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(EventType::wire).toList();
    }
}
