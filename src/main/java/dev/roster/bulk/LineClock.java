package dev.roster.bulk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of an import's operations: while a line runs, the time its object was created in the
 * file, so that the operations stamp it so themselves; the present otherwise. Only the importing
 * thread runs these operations.
 */
final class LineClock extends Clock {
    private Instant at;

    /** The time the operations see from now on; null for the present. */
    void set(Instant at) { this.at = at; }

    @Override
    public Instant instant() { return at != null ? at : Instant.now(); }

    @Override
    public ZoneId getZone() { return ZoneOffset.UTC; }

    @Override
    public Clock withZone(ZoneId zone) { return this; }
}
