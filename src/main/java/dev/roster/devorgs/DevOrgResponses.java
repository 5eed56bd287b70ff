package dev.roster.devorgs;

import dev.roster.devusers.DevUserJson;
import java.util.List;

/** The response envelopes of {@code dev-orgs.get} and {@code /_roster/dev-orgs.*}. */
public final class DevOrgResponses {
    private DevOrgResponses() {}

    /** A new dev org, its admin as dev-users.get answers it, and the admin's token (shown once). */
    public record Created(DevOrgJson devOrg, DevUserJson admin, String token) {}

    public record One(DevOrgJson devOrg) {}

    record ListPage(List<DevOrgJson> devOrgs, String nextCursor, String prevCursor) {}
}
