package dev.roster.webhooks;

/**
 * How one attempt ended: the receiver's status (0 when none answered) and, on failure, why, as an
 * operator reads it. A verification also needs the answer's challenge to have matched.
 */
record Outcome(Claimed delivery, int status, String error) {
    boolean isSuccess() { return error == null; }
}
