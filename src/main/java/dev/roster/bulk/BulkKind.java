package dev.roster.bulk;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of object a bulk file holds, in the order an export writes them: each kind's references
 * point only at kinds before it, so an import meets every object before the lines that refer to it.
 * A kind's relations follow it as lines of their own (a rev user's associations, a group's members).
 */
public enum BulkKind {
    DEV_USER("dev_user", "dev-users.list", "dev_users"),
    TAG("tag", "tags.list", "tags"),
    ACCOUNT("account", "accounts.list", "accounts"),
    REV_ORG("rev_org", "rev-orgs.list", "rev_orgs"),
    REV_USER("rev_user", "rev-users.list", "rev_users"),
    GROUP("group", "groups.list", "groups"),
    /** Without its secret unless asked for ({@link Exporter}); webhooks.list answers all of them in one page. */
    WEBHOOK("webhook", "webhooks.list", "webhooks");

    /** The {@code type} of its lines. */
    public final String wire;
    /** The operation that lists it, and the field of that answer holding the page. */
    final String listOperation;
    final String listField;

    BulkKind(String wire, String listOperation, String listField) {
        this.wire = wire;
        this.listOperation = listOperation;
        this.listField = listField;
    }

    public static Optional<BulkKind> ofWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(wire)).findFirst();
    }

    public static Set<BulkKind> all() { return EnumSet.allOf(BulkKind.class); }

    public static List<String> wires() { return Arrays.stream(values()).map(k -> k.wire).toList(); }
}
