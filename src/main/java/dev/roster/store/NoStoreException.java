package dev.roster.store;

/** A command that only uses a store found none where it looked; only {@code roster serve} creates one. */
public final class NoStoreException extends RuntimeException {
    public NoStoreException(StoreLocation where) {
        super("no Roster store at " + where + "; start `roster serve` once with the same --data-dir or --db-url to create it");
    }
}
