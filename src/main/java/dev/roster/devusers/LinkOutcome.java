package dev.roster.devusers;

/** What inserting an identity did; the unique constraints decide, the store only explains. */
sealed interface LinkOutcome {
    record Linked() implements LinkOutcome {}
    /** The same pair was already on this user. */
    record AlreadyLinked() implements LinkOutcome {}
    /** This user already has an identity of the issuer, with another id. */
    record IssuerTaken(String existingId) implements LinkOutcome {}
    /** The pair belongs to another dev user of the org. */
    record PairTaken(long owner) implements LinkOutcome {}
}
