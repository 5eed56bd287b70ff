package dev.roster.devorgs;

import dev.roster.devusers.DevUserJson;
import dev.roster.fixtures.FixtureResponses;
import java.util.List;

/** The response envelopes of {@code dev-orgs.get} and {@code /_roster/dev-orgs.*}. */
public final class DevOrgResponses {
    private DevOrgResponses() {}

    /**
     * A new dev org, its admin as dev-users.get answers it, the admin's token (shown once), and what
     * its fixture made (absent without one).
     */
    public record Created(DevOrgJson devOrg, DevUserJson admin, String token, FixtureResponses.Applied fixture) {}

    public record One(DevOrgJson devOrg) {}

    record ListPage(List<DevOrgJson> devOrgs, String nextCursor, String prevCursor) {}
}
