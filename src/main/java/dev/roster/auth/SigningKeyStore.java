package dev.roster.auth;

import dev.roster.store.Tx;
import java.util.Optional;

/** SQL for the keys that sign tokens. */
final class SigningKeyStore {
    /** Stores {@code jwk} for {@code purpose} unless a key has it already; the unique purpose decides a race. */
    void insertIfAbsent(Tx tx, String purpose, String kid, String jwk, long now) {
        tx.update("insert into signing_key (purpose, kid, jwk, created_date) values (?, ?, ?, ?) on conflict (purpose) do nothing",
            purpose, kid, jwk, now);
    }

    Optional<String> find(Tx tx, String purpose) {
        return tx.first("select jwk from signing_key where purpose = ?", rs -> rs.getString("jwk"), purpose);
    }
}
