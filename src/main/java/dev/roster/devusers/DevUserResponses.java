package dev.roster.devusers;

import java.util.List;

/** The response envelopes of the dev-user operations. */
public final class DevUserResponses {
    private DevUserResponses() {}

    /** {@code {"dev_user": ...}}: create, get, self, update, identities.link and unlink. */
    public record One(DevUserJson devUser) {}

    public record ListPage(List<DevUserJson> devUsers, String nextCursor, String prevCursor) {}

    public record Activated(boolean inviteSent) {}
}
