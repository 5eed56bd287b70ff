package dev.roster.events;

import dev.roster.ids.IdKind;

/** The event types of one kind of directory object, and the envelope key its object goes under. */
record ObjectFamily(String key, EventType created, EventType updated, EventType deleted) {
    static ObjectFamily of(IdKind kind) {
        return switch (kind) {
            case DEV_USER -> new ObjectFamily("dev_user", EventType.DEV_USER_CREATED, EventType.DEV_USER_UPDATED,
                EventType.DEV_USER_DELETED);
            case REV_USER -> new ObjectFamily("rev_user", EventType.REV_USER_CREATED, EventType.REV_USER_UPDATED,
                EventType.REV_USER_DELETED);
            case REV_ORG -> new ObjectFamily("rev_org", EventType.REV_ORG_CREATED, EventType.REV_ORG_UPDATED,
                EventType.REV_ORG_DELETED);
            case ACCOUNT -> new ObjectFamily("account", EventType.ACCOUNT_CREATED, EventType.ACCOUNT_UPDATED,
                EventType.ACCOUNT_DELETED);
            case TAG -> new ObjectFamily("tag", EventType.TAG_CREATED, EventType.TAG_UPDATED, EventType.TAG_DELETED);
            case GROUP -> new ObjectFamily("group", EventType.GROUP_CREATED, EventType.GROUP_UPDATED, EventType.GROUP_DELETED);
            case WEBHOOK -> new ObjectFamily("webhook", EventType.WEBHOOK_CREATED, EventType.WEBHOOK_UPDATED,
                EventType.WEBHOOK_DELETED);
            case TOKEN, EVENT, DEV_ORG -> throw new IllegalArgumentException("no events describe a " + kind.noun());
        };
    }
}
