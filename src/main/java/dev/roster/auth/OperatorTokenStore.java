package dev.roster.auth;

import dev.roster.store.Tx;

/** SQL for the operator token. */
final class OperatorTokenStore {
    boolean isLive(Tx tx, String hash) {
        return tx.exists("select 1 from operator_token where token_hash = ? and revoked_date is null", hash);
    }

    boolean exists(Tx tx) {
        return tx.exists("select 1 from operator_token");
    }

    void insert(Tx tx, String hash, long now) {
        tx.insert("insert into operator_token (token_hash, created_date) values (?, ?) returning id", hash, now);
    }

    void revokeAll(Tx tx, long now) {
        tx.update("update operator_token set revoked_date = ? where revoked_date is null", now);
    }
}
