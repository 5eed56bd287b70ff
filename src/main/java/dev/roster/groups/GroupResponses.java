package dev.roster.groups;

import java.util.List;

/** The response envelopes of the group operations. */
public final class GroupResponses {
    private GroupResponses() {}

    public record One(GroupJson group) {}

    public record ListPage(List<GroupJson> groups, String nextCursor, String prevCursor) {}

    public record Members(List<MemberJson> members, String nextCursor, String prevCursor) {}
}
