package dev.roster.auth;

import dev.roster.store.Sql;
import dev.roster.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for API tokens. */
final class TokenStore {
    /**
     * A live token's owner, scope and id, with the issuing dev user's state so that deactivation bites
     * at once. {@code revUserId} is 0 for a dev user's token.
     */
    record TokenRow(long id, long orgId, long userId, long revUserId, Scope scope, String userState) {}

    private static final String COLUMNS = """
        t.id, t.org_id, t.dev_user_id, t.rev_user_id, t.scope, t.requested_token_type, t.token_hint, t.created_date,
        t.expires_date, t.revoked_date""";

    /** A rev token authenticates only while its rev user exists. */
    Optional<TokenRow> findByHash(Tx tx, String hash) {
        return tx.first("""
            select t.id, t.org_id, t.dev_user_id, t.rev_user_id, t.scope, u.state
            from api_token t join dev_user u on u.id = t.dev_user_id and u.org_id = t.org_id
            left join rev_user r on r.id = t.rev_user_id and r.org_id = t.org_id
            where t.token_hash = ? and t.revoked_date is null and (t.rev_user_id is null or r.id is not null)""",
            rs -> new TokenRow(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("dev_user_id"), rs.getLong("rev_user_id"),
                Scope.ofWire(rs.getString("scope")), rs.getString("state")),
            hash);
    }

    /** Whether a dev user of the org in one of {@code liveStates} holds a live, unexpired admin token of its own. */
    boolean hasAdmin(Tx tx, long orgId, Set<String> liveStates, long now) {
        Sql select = new Sql().append("""
            select 1 from api_token t join dev_user u on u.id = t.dev_user_id and u.org_id = t.org_id
            where t.org_id = ? and t.scope = ? and t.revoked_date is null and t.rev_user_id is null
            and (t.expires_date is null or t.expires_date > ?) and u.state in """, orgId, Scope.ADMIN.wire(), now)
            .appendList(List.copyOf(liveStates));
        return tx.exists(select);
    }

    long insert(Tx tx, NewToken token, String hash, long now, Long expiresAt) {
        return tx.insert("""
            insert into api_token (org_id, dev_user_id, rev_user_id, token_hash, scope, requested_token_type, token_hint,
                created_date, expires_date)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", token.orgId(), token.devUserId(),
            token.revUserId().orElse(null), hash, token.scope().wire(), token.type().wire(), token.hint().orElse(null),
            now, expiresAt);
    }

    void setHash(Tx tx, long id, String hash) {
        tx.update("update api_token set token_hash = ? where id = ?", hash, id);
    }

    Optional<AuthToken> find(Tx tx, long orgId, long id) {
        return tx.first("select " + COLUMNS + " from api_token t where t.org_id = ? and t.id = ?", TokenStore::map, orgId, id);
    }

    /** A subject's tokens, newest first: a dev user's own ({@code revUserId} 0) or a rev user's. */
    List<AuthToken> list(Tx tx, long orgId, long devUserId, long revUserId, Optional<TokenType> type) {
        Sql select = new Sql().append("select " + COLUMNS + " from api_token t where t.org_id = ?", orgId);
        if (revUserId == 0) select.append(" and t.dev_user_id = ? and t.rev_user_id is null", devUserId);
        else select.append(" and t.rev_user_id = ?", revUserId);
        type.ifPresent(t -> select.append(" and t.requested_token_type = ?", t.wire()));
        select.append(" order by t.id desc");
        return tx.list(select, TokenStore::map);
    }

    void setHint(Tx tx, long orgId, long id, String hint) {
        tx.update("update api_token set token_hint = ? where org_id = ? and id = ?", hint, orgId, id);
    }

    int revoke(Tx tx, String hash, long now) {
        tx.announceAuthChange();
        return tx.update("update api_token set revoked_date = ? where token_hash = ? and revoked_date is null", now, hash);
    }

    int revoke(Tx tx, long orgId, long id, long now) {
        tx.announceAuthChange();
        return tx.update("update api_token set revoked_date = ? where org_id = ? and id = ? and revoked_date is null",
            now, orgId, id);
    }

    /** Revokes a subject's live tokens of one type, as {@link #list} selects them. */
    int revokeAll(Tx tx, long orgId, long devUserId, long revUserId, TokenType type, long now) {
        tx.announceAuthChange();
        Sql update = new Sql().append("update api_token set revoked_date = ? where org_id = ? and revoked_date is null"
            + " and requested_token_type = ?", now, orgId, type.wire());
        if (revUserId == 0) update.append(" and dev_user_id = ? and rev_user_id is null", devUserId);
        else update.append(" and rev_user_id = ?", revUserId);
        return tx.update(update.text(), update.params());
    }

    private static AuthToken map(ResultSet rs) throws SQLException {
        long rev = rs.getLong("rev_user_id");
        return new AuthToken(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("dev_user_id"),
            rev == 0 ? Optional.empty() : Optional.of(rev), Scope.ofWire(rs.getString("scope")),
            TokenType.ofWire(rs.getString("requested_token_type")).orElse(TokenType.PAT),
            Optional.ofNullable(rs.getString("token_hint")), rs.getLong("created_date"), nullable(rs, "expires_date"),
            nullable(rs, "revoked_date"));
    }

    private static Optional<Long> nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
