package dev.roster.tags;

import java.util.List;

/** The response envelopes of the tag operations. */
public final class TagResponses {
    private TagResponses() {}

    public record One(TagJson tag) {}

    public record ListPage(List<TagJson> tags, String nextCursor, String prevCursor) {}
}
