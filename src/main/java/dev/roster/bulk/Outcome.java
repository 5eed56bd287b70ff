package dev.roster.bulk;

/** What one line did to the store. */
enum Outcome { IMPORTED, UPDATED, SKIPPED }
