package dev.roster.tags;

/** The contract's tag-with-value, as objects render their {@code tags}. */
public record TagWithValueJson(TagSummaryJson tag, String value) {}
