package dev.roster.groups;

/** The contract's group-type. Roster keeps static groups only; dynamic is known so that it can be refused by name. */
enum GroupType {
    DYNAMIC("dynamic"), STATIC("static");

    private final String wire;

    GroupType(String wire) { this.wire = wire; }

    String wire() { return wire; }
}
