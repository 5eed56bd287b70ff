package dev.roster.tags;

import java.util.List;

/** The contract's tag-with-value, as objects render their {@code tags}. */
public record TagWithValueJson(TagSummaryJson tag, String value) {
    /** The tags an object of dev org {@code orgId} carries, as the wire shows them. */
    public static List<TagWithValueJson> of(long orgId, List<TagOnObject> tags) {
        return tags.stream()
            .map(t -> new TagWithValueJson(TagSummaryJson.of(orgId, t.tagId(), t.name(), t.color()), t.value()))
            .toList();
    }
}
