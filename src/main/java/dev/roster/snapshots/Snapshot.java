package dev.roster.snapshots;

/** A snapshot: a dev org's directory at one instant, kept under a name to be restored. */
record Snapshot(long id, String name, long createdDate, long objectCount) {}
