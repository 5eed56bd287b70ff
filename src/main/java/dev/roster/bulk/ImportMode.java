package dev.roster.bulk;

/** What an import does with a line whose object exists already, found by its natural key. */
public enum ImportMode {
    /** Leaves it as it is, and counts the line as skipped. */
    CREATE,
    /** Updates it with the line's fields. */
    UPSERT
}
