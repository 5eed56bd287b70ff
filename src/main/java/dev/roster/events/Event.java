package dev.roster.events;

/** A stored event: {@code payload} is the JSON text of its type's object of the webhook envelope. */
record Event(long id, long orgId, EventType type, String objectId, String payload, long createdDate) {}
