package dev.roster.snapshots;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The response envelopes of {@code /_roster/snapshots.*} and {@code /_roster/reset}. */
final class SnapshotResponses {
    private SnapshotResponses() {}

    record One(SnapshotJson snapshot) {}

    record ListPage(List<SnapshotJson> snapshots, String nextCursor, String prevCursor) {}

    record Export(ObjectNode document) {}
}
