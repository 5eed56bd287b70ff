package dev.roster.tags;

import java.util.List;

/** The response envelopes of the tag operations. */
final class TagResponses {
    private TagResponses() {}

    record One(TagJson tag) {}

    record ListPage(List<TagJson> tags, String nextCursor, String prevCursor) {}
}
