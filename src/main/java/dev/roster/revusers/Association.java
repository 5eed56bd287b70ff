package dev.roster.revusers;

/** One association of a rev user, with the target's name for its summary. */
record Association(AssociationTarget target, String targetName) {}
