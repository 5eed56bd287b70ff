package dev.roster.auth;

import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for API tokens. */
final class TokenStore {
    /** A live token's owner and scope, with the owner's state so that deactivation bites at once. */
    record TokenRow(long orgId, long userId, Scope scope, String userState) {}

    Optional<TokenRow> findByHash(Tx tx, String hash) {
        return tx.first("""
            select t.org_id, t.dev_user_id, t.scope, u.state
            from api_token t join dev_user u on u.id = t.dev_user_id and u.org_id = t.org_id
            where t.token_hash = ? and t.revoked_date is null""",
            rs -> new TokenRow(rs.getLong("org_id"), rs.getLong("dev_user_id"), Scope.ofWire(rs.getString("scope")),
                rs.getString("state")),
            hash);
    }

    /** Whether a dev user of the org in one of {@code liveStates} holds a live admin token. */
    boolean hasAdmin(Tx tx, long orgId, Set<String> liveStates) {
        Sql select = new Sql().append("""
            select 1 from api_token t join dev_user u on u.id = t.dev_user_id and u.org_id = t.org_id
            where t.org_id = ? and t.scope = ? and t.revoked_date is null and u.state in """, orgId, Scope.ADMIN.wire())
            .appendList(List.copyOf(liveStates));
        return tx.exists(select);
    }

    void insert(Tx tx, long orgId, long userId, String hash, Scope scope, long now) {
        tx.insert("""
            insert into api_token (org_id, dev_user_id, token_hash, scope, created_date)
            values (?, ?, ?, ?, ?) returning id""", orgId, userId, hash, scope.wire(), now);
    }

    int revoke(Tx tx, String hash, long now) {
        tx.announceAuthChange();
        return tx.update("update api_token set revoked_date = ? where token_hash = ? and revoked_date is null", now, hash);
    }
}
