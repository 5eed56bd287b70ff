package dev.roster.devusers;

import dev.roster.store.Sql;
import dev.roster.store.Stamp;
import dev.roster.store.Tx;
import java.util.List;
import java.util.Optional;

/** SQL for dev users' external identities. Uniqueness is the database's: see the V1 migration. */
final class DevUserIdentityStore {
    /** Inserts the identity unless a unique constraint refuses it, then says why it was refused. */
    LinkOutcome link(Tx tx, Stamp stamp, long userId, ExternalIdentity identity) {
        long orgId = stamp.orgId();
        int inserted = tx.update("""
            insert into dev_user_identity (org_id, dev_user_id, issuer, external_id, display_name, is_verified, created_date)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""",
            orgId, userId, identity.issuer(), identity.id(), identity.displayName(), false, stamp.at());
        if (inserted == 1) return new LinkOutcome.Linked();
        Optional<String> sameIssuer = tx.first(
            "select external_id from dev_user_identity where dev_user_id = ? and issuer = ?",
            rs -> rs.getString("external_id"), userId, identity.issuer());
        if (sameIssuer.isPresent()) {
            return sameIssuer.get().equals(identity.id()) ? new LinkOutcome.AlreadyLinked()
                : new LinkOutcome.IssuerTaken(sameIssuer.get());
        }
        return tx.first("select dev_user_id from dev_user_identity where org_id = ? and issuer = ? and external_id = ?",
                rs -> (LinkOutcome) new LinkOutcome.PairTaken(rs.getLong("dev_user_id")), orgId, identity.issuer(), identity.id())
            .orElseThrow(() -> new IllegalStateException("identity insert refused with no conflicting row"));
    }

    void rename(Tx tx, long userId, String issuer, String displayName) {
        tx.update("update dev_user_identity set display_name = ? where dev_user_id = ? and issuer = ?",
            displayName, userId, issuer);
    }

    boolean unlink(Tx tx, long orgId, long userId, String issuer) {
        return tx.update("delete from dev_user_identity where org_id = ? and dev_user_id = ? and issuer = ?",
            orgId, userId, issuer) == 1;
    }

    /** Issuers both users have identities of: a merge of the two would leave the primary with two. */
    List<String> sharedIssuers(Tx tx, long first, long second) {
        return tx.list("""
            select a.issuer from dev_user_identity a join dev_user_identity b on b.issuer = a.issuer
            where a.dev_user_id = ? and b.dev_user_id = ? order by a.issuer""", rs -> rs.getString("issuer"), first, second);
    }

    void move(Tx tx, long orgId, long from, long to) {
        tx.update("update dev_user_identity set dev_user_id = ? where org_id = ? and dev_user_id = ?", to, orgId, from);
    }

    /**
     * Narrows a dev-user select to users with an identity matching any of the filters. When every
     * filter names an id, the matching identities are few and drive the query; an issuer alone may
     * match every user, so then each candidate user is checked through the primary key instead.
     */
    void appendFilter(Sql select, long orgId, List<DevUserQuery.IdentityFilter> filters) {
        boolean selective = filters.stream().allMatch(f -> f.id() != null);
        if (selective) {
            select.append(" and u.id in (select i.dev_user_id from dev_user_identity i where i.org_id = ? and (", orgId);
        } else {
            select.append(" and exists (select 1 from dev_user_identity i where i.dev_user_id = u.id and (");
        }
        for (int n = 0; n < filters.size(); n++) {
            DevUserQuery.IdentityFilter filter = filters.get(n);
            select.append(n == 0 ? "(" : " or (");
            if (filter.issuer() != null) select.append("i.issuer = ?", filter.issuer());
            if (filter.issuer() != null && filter.id() != null) select.append(" and ");
            if (filter.id() != null) select.append("i.external_id = ?", filter.id());
            select.append(")");
        }
        select.append("))");
    }
}
