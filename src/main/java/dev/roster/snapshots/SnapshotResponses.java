package dev.roster.snapshots;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The response envelopes of {@code /_roster/snapshots.*} and {@code /_roster/reset}. */
public final class SnapshotResponses {
    private SnapshotResponses() {}

    public record One(SnapshotJson snapshot) {}

    public record ListPage(List<SnapshotJson> snapshots, String nextCursor, String prevCursor) {}

    public record Export(ObjectNode document) {}
}
