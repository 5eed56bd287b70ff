package dev.roster.tags;

/** The kinds of object that carry tags, as stored in {@code object_tag.object_kind}. */
public enum TaggedKind {
    ACCOUNT("account"), REV_ORG("rev_org"), REV_USER("rev_user");

    final String stored;

    TaggedKind(String stored) { this.stored = stored; }
}
