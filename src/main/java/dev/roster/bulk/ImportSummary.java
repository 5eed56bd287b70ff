package dev.roster.bulk;

/**
 * What an import did: lines imported (new objects and relations), updated, skipped (their object
 * existed, in create mode) and failed; the last line whose work is committed; whether it stopped
 * before the end (a failure with fail-fast, or an interruption).
 */
public record ImportSummary(long imported, long updated, long skipped, long failed, long committedThrough,
                            boolean stoppedEarly, boolean dryRun) {
    /** One line for the user. */
    public String describe() {
        String counts = imported + " imported, " + updated + " updated, " + skipped + " skipped, " + failed + " failed";
        if (dryRun) return "dry run, nothing written: " + counts;
        if (stoppedEarly) return "stopped: " + counts + "; lines up to " + committedThrough + " are committed";
        return counts;
    }
}
