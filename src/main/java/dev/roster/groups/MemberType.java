package dev.roster.groups;

import dev.roster.ids.IdKind;

/** The contract's group-member-type: the one kind of user a group holds. */
enum MemberType {
    DEV_USER("dev_user", IdKind.DEV_USER), REV_USER("rev_user", IdKind.REV_USER);

    private final String wire;
    final IdKind kind;

    MemberType(String wire, IdKind kind) {
        this.wire = wire;
        this.kind = kind;
    }

    String wire() { return wire; }

    static MemberType of(String wire) {
        return wire.equals(REV_USER.wire) ? REV_USER : DEV_USER;
    }
}
