package dev.roster.snapshots;

import dev.roster.http.Json;

/** A snapshot on the wire, as {@code /_roster/snapshots.*} answer it. */
record SnapshotJson(String name, String createdDate, long objectCount) {
    static SnapshotJson from(Snapshot snapshot) {
        return new SnapshotJson(snapshot.name(), Json.timestamp(snapshot.createdDate()), snapshot.objectCount());
    }
}
