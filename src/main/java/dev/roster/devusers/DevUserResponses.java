package dev.roster.devusers;

import java.util.List;

/** The response envelopes of the dev-user operations. */
final class DevUserResponses {
    private DevUserResponses() {}

    /** {@code {"dev_user": ...}}: create, get, self, update, identities.link and unlink. */
    record One(DevUserJson devUser) {}

    record ListPage(List<DevUserJson> devUsers, String nextCursor, String prevCursor) {}

    record Activated(boolean inviteSent) {}
}
